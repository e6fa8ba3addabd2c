import type { EChartsCoreOption } from "echarts/core";

/*
 * A formal document as data: headed sections of paragraphs, tables and charts, all text already in
 * the reader's language. One model is rendered twice, as a printable page and as a PDF
 * (lib/documents/render-pdf.ts), so the two always say the same.
 */

export type Align = "left" | "right" | "center";

export interface DocTable {
  caption?: string;
  /** Smaller type for a table of many columns. */
  compact?: boolean;
  columns: { header: string; weight: number; align?: Align }[];
  rows: string[][];
}

export interface DocChart {
  label: string;
  option: EChartsCoreOption;
  /** Drawn this many points (PDF) or pixels (page) wide and high. */
  width: number;
  height: number;
}

export interface DocSection {
  id: string;
  heading: string;
  paragraphs?: string[];
  tables?: DocTable[];
  charts?: DocChart[];
}

export interface FormalDocument {
  /** The issuing body printed at the head (the federation's name). */
  issuer: string;
  title: string;
  subtitle?: string;
  /** Running header from the second page on. */
  runningHeader: string;
  sections: DocSection[];
  /** Closing lines, right-aligned (issuer and date), as official documents end. */
  closing?: string[];
  /** Red head (红头): the issuer in red with a red rule, as decisions and notices carry it. */
  redHead?: boolean;
}
