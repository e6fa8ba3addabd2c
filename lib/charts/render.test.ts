import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { renderChartSvg } from "./render";

/** Parses the SVG as strict XML, as a browser does for an <img src="data:image/svg+xml…">. */
function parseErrors(svg: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => errors.push(e.message));
  parser.write(svg).close();
  return errors;
}

const option = {
  legend: {},
  xAxis: { type: "category", data: ["一月", "二月"] },
  yAxis: { type: "value" },
  series: [{ name: "学习活动", type: "bar", data: [3, 5] }],
};

describe("renderChartSvg", () => {
  it("draws well-formed SVG with a quoted CSS font-family list (the annual report page's fonts)", () => {
    const svg = renderChartSvg(option, { width: 400, height: 200, fontFamily: '"Noto Serif SC", "Songti SC", serif' });
    expect(svg).toContain("学习活动");
    expect(parseErrors(svg)).toEqual([]);
    expect(svg).toContain("Noto Serif SC");
  });
});
