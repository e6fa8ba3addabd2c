import { getCurrentUser } from "@/lib/auth/current-user";
import { decodeChart } from "@/lib/charts/chart-url";
import { renderChartSvg } from "@/lib/charts/render";

/** The page's sans-serif stack (app/globals.css): an <img>'s SVG draws with the system's fonts. */
const PAGE_FONTS = '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/**
 * GET /api/charts/svg?c=…: a dashboard chart drawn with ECharts on the server (lib/charts/render.ts).
 * The URL holds the whole chart (lib/charts/chart-url.ts), put there by a page the user could see; it
 * reads nothing from the database, and answers only signed-in users so it is no public renderer.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const chart = decodeChart(new URL(request.url).searchParams.get("c"));
  if (!chart) return new Response(null, { status: 400, headers: { "Cache-Control": "no-store" } });
  let svg: string;
  try {
    svg = renderChartSvg(chart.option, { width: chart.width, height: chart.height, fontFamily: PAGE_FONTS });
  } catch {
    // The option came in the URL: one ECharts cannot draw (an axis it does not have, say) is the caller's mistake.
    return new Response(null, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // The same URL always draws the same picture; private, since it shows a county's figures.
      "Cache-Control": "private, max-age=31536000, immutable",
      // Opened on its own, the SVG may run nothing and load nothing.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
