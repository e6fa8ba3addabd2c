import type { EChartsCoreOption } from "echarts/core";
import { chartUrl } from "@/lib/charts/chart-url";
import { listLayout } from "@/lib/http/device";

/**
 * A chart drawn on the server as SVG (ECharts' SSR renderer, lib/charts/render.ts) and shown as an
 * image: no chart JavaScript in the browser, nothing blocking input. Phones get a picture drawn at
 * their width, so its text stays legible; elsewhere it is drawn at `width` and scales to its box.
 */
export async function ServerChart({ option, label, width = 640, height = 280 }: { option: EChartsCoreOption; label: string; width?: number; height?: number }) {
  const phone = (await listLayout()) === "cards";
  const w = phone ? 360 : width;
  const h = phone ? Math.max(height, 300) : height;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- an SVG drawn per request: nothing for next/image to optimise
    <img src={chartUrl({ option, width: w, height: h })} alt={label} width={w} height={h} loading="lazy" decoding="async" className="h-auto w-full" />
  );
}
