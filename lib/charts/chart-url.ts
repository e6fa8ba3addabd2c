import "server-only";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { EChartsCoreOption } from "echarts/core";

/** What a chart image's URL carries: the ECharts option (plain JSON, no functions) and its size. */
export interface ChartRequest {
  option: EChartsCoreOption;
  width: number;
  height: number;
}

/** A deflated chart URL past this many characters is refused: charts here are a few KB of JSON. */
export const MAX_ENCODED_CHART = 12_000;
const MAX_INFLATED_CHART = 64 * 1024;

/**
 * The URL of a chart drawn on the server (GET /api/charts/svg): the option travels in the URL, so the
 * page carries a short <img> instead of the SVG twice (in the HTML and again in the RSC payload), the
 * image loads after the figures, and the same URL always draws the same picture (cacheable for good).
 */
export function chartUrl({ option, width, height }: ChartRequest): string {
  const packed = deflateRawSync(Buffer.from(JSON.stringify({ option, width, height })), { level: 9 }).toString("base64url");
  return `/api/charts/svg?c=${packed}`;
}

/** The chart a URL's `c` names, or null for anything that is not one (too long, not deflated JSON, sizes out of range). */
export function decodeChart(packed: string | null): ChartRequest | null {
  if (!packed || packed.length > MAX_ENCODED_CHART || !/^[A-Za-z0-9_-]+$/.test(packed)) return null;
  try {
    const json = inflateRawSync(Buffer.from(packed, "base64url"), { maxOutputLength: MAX_INFLATED_CHART }).toString("utf8");
    const value = JSON.parse(json) as Partial<ChartRequest>;
    const size = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 100 && n <= 1600;
    if (!value || typeof value.option !== "object" || value.option === null || !size(value.width) || !size(value.height)) return null;
    return { option: value.option, width: value.width!, height: value.height! };
  } catch {
    return null;
  }
}
