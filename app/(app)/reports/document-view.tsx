import { renderChartSvg, svgDataUrl } from "@/lib/charts/render";
import type { DocTable, FormalDocument } from "@/lib/documents/model";
import { cn } from "@/lib/utils";

const DOCUMENT_FONTS = '"Noto Serif SC", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif';

/** A CSS string literal of plain text (the running header), safe inside a <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/[\\"]/g, "\\$&").replace(/</g, "\\3c ")}"`;
}

function Table({ table }: { table: DocTable }) {
  const align = (i: number) => (table.columns[i]?.align === "right" ? "text-right" : table.columns[i]?.align === "center" ? "text-center" : "text-left");
  // A sheet on a phone is ~320 px wide: smaller type and padding, and names in cells that may break
  // anywhere (a long team name), so the table fits the page instead of scrolling sideways; numbers and
  // grades keep whole. A table of a few columns has room to keep its headers' words whole ("备注" not
  // stacked a character a line); a wide one (the annual report's breakdowns) needs every break it can
  // get. The scroller stays as the last resort for a table that still cannot fit.
  const headerWords = table.columns.length <= 6 ? "break-keep" : "";
  const cell = (i: number) => cn("border border-neutral-400 px-1 py-1 sm:px-2", align(i));
  return (
    <div className="mb-4 overflow-x-auto print:overflow-visible">
      <table className={cn("w-full border-collapse", table.compact ? "text-[11px] sm:text-[12px]" : "text-[12px] sm:text-[13px]")}>
        {table.caption ? <caption className="mb-1 text-left text-[13px] text-neutral-600">{table.caption}</caption> : null}
        <thead>
          <tr className="bg-neutral-100">
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={cn(cell(i), "font-bold", headerWords)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) => (
                <td key={i} className={cn(cell(i), "align-top", table.columns[i]?.align ? "" : "[overflow-wrap:anywhere]")}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A formal document on screen as an A4 sheet, and on paper as itself: the app's chrome is hidden in
 * print, the running header goes to the page's top margin from page two (globals.css numbers the pages).
 */
export function DocumentView({ document: d }: { document: FormalDocument }) {
  return (
    <article
      data-document
      className="mx-auto max-w-[210mm] border bg-white px-5 py-8 font-document text-[15px] leading-relaxed text-neutral-900 shadow-sm sm:px-[16mm] sm:py-[14mm] print:max-w-none print:border-0 print:p-0 print:shadow-none"
    >
      <style>{`@media print { @page { @top-center { content: ${cssString(d.runningHeader)}; font-family: ${DOCUMENT_FONTS}; font-size: 9pt; color: #555; } } @page :first { @top-center { content: none; } } }`}</style>
      <header className="mb-6 text-center">
        {d.redHead ? (
          <>
            <p className="text-[26px] font-bold tracking-[0.15em] text-[#c8372d] sm:text-[30px]" data-user-content>
              {d.issuer}
            </p>
            <div className="mt-2 border-t-[3px] border-b border-[#c8372d] pb-[2px]" aria-hidden />
          </>
        ) : (
          <p className="text-[16px] tracking-[0.08em]" data-user-content>
            {d.issuer}
          </p>
        )}
        <h1 className="mt-4 whitespace-pre-line text-[21px] font-bold leading-snug sm:text-[23px]">{d.title}</h1>
        {d.subtitle ? <p className="mt-1 text-[13px] text-neutral-600">{d.subtitle}</p> : null}
      </header>
      {d.sections.map((s) => (
        <section key={s.id} aria-labelledby={s.heading ? `doc-${s.id}` : undefined} className="mb-6">
          {s.heading ? (
            <h2 id={`doc-${s.id}`} className="mb-2 text-[17px] font-bold">
              {s.heading}
            </h2>
          ) : null}
          {s.paragraphs?.map((p, i) => (
            <p key={i} className="mb-2 indent-[2em] text-justify">
              {p}
            </p>
          ))}
          {s.tables?.map((table, i) => <Table key={i} table={table} />)}
          {s.charts?.map((chart, i) => (
            <figure key={i} className="my-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn on the server (the PDF draws the same one); nothing to optimise */}
              <img src={svgDataUrl(renderChartSvg(chart.option, { width: chart.width, height: chart.height, fontFamily: DOCUMENT_FONTS }))} alt={chart.label} width={chart.width} height={chart.height} className="mx-auto h-auto max-w-full" />
            </figure>
          ))}
        </section>
      ))}
      {d.closing?.length ? (
        <footer className="mt-10 text-right">
          {d.closing.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </footer>
      ) : null}
    </article>
  );
}
