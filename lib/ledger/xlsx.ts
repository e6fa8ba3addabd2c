import "server-only";
import ExcelJS from "exceljs";
import { RECORD_KINDS } from "@/lib/domain/enums";
import { ledgerColumns } from "./columns";
import type { Ledger } from "./queries";
import type { Translate } from "@/lib/i18n/translate";


/**
 * The 台账 as a workbook: one sheet per record kind (every kind, so the layout never shifts), one row
 * per approved record with every field, the workers it names and a link to each evidence file
 * (`origin` makes them absolute; opening one asks the user to sign in, as the platform does).
 */
export async function ledgerWorkbook(ledger: Ledger, t: Translate, locale: string, origin: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = t("documents.federation", { county: ledger.countyName });
  for (const kind of RECORD_KINDS) {
    const columns = ledgerColumns(kind, t, locale);
    const rows = ledger.records.filter((r) => r.row.kind === kind);
    const files = Math.max(0, ...rows.map((r) => r.evidence.length));
    const ws = wb.addWorksheet(t(`enums.recordKind.${kind}`), { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
    const dataColumns = columns.filter((c) => c.header !== t("ledger.col.evidence"));
    ws.columns = [
      { header: t("ledger.col.no"), key: "no", width: 6 },
      ...dataColumns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.wide ? 40 : Math.max(10, Math.round(c.weight * 9)) })),
      ...Array.from({ length: files }, (_, i) => ({ header: t("ledger.col.evidenceN", { n: i + 1 }), key: `e${i}`, width: 24 })),
    ];
    rows.forEach((r, index) => {
      const row = ws.addRow({ no: index + 1, ...Object.fromEntries(dataColumns.map((c, i) => [`c${i}`, c.value(r) ?? ""])) });
      r.evidence.forEach((e, i) => {
        row.getCell(`e${i}`).value = { text: e.filename, hyperlink: `${origin}${e.path}` };
        row.getCell(`e${i}`).font = { color: { argb: "FF1D4ED8" }, underline: true };
      });
      row.alignment = { vertical: "top", wrapText: true };
    });
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: "middle", wrapText: true };
    ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F4F6" } };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
