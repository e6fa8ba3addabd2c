import "server-only";
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { CHART_COLORS } from "./theme";

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export interface ChartSize {
  width: number;
  height: number;
  /** The font family the SVG names; a PDF maps it to its embedded font, a page to the CSS stack. */
  fontFamily?: string;
}

/**
 * One ECharts chart rendered on the server as an SVG string (ECharts' SSR mode: no DOM, no canvas,
 * no browser). The same string serves a page (as an image) and a PDF (drawn with svg-to-pdfkit).
 */
export function renderChartSvg(option: EChartsCoreOption, { width, height, fontFamily = "serif" }: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    // ECharts writes the family into a double-quoted style attribute without escaping it: a family
    // list with double quotes ("Noto Serif SC", serif) would end the attribute and break the whole SVG.
    const family = fontFamily.replaceAll('"', "'");
    chart.setOption({ color: CHART_COLORS, animation: false, textStyle: { fontFamily: family }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** An SVG string as a data: URL for an <img> (CSP allows data: images; no markup is injected into the page). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
