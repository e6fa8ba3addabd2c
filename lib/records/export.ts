import "server-only";
import { newWorkbook, styleHeader, workbookBuffer } from "@/lib/xlsx/workbook";
import type { Translate } from "@/lib/i18n/translate";
import type { RecordKind } from "@/lib/domain/enums";
import { KINDS } from "./kinds";
import type { RecordListRow } from "./queries";

/**
 * An .xlsx of a record list. With one kind filtered, every field of that kind gets a column;
 * across kinds, the shared columns and each record's headline figure.
 */
export async function recordsWorkbook(rows: RecordListRow[], kind: RecordKind | undefined, t: Translate): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(kind ? t(`enums.recordKind.${kind}`) : t("records.title"));
  const extra = kind
    ? KINDS[kind].fields.filter((f) => f.type !== "workers" && f.type !== "team" && f.name !== "title" && f.name !== "occurredOn")
    : [];
  ws.columns = [
    { header: t("records.col.title"), key: "title", width: 36 },
    { header: t("records.col.kind"), key: "kind", width: 14 },
    { header: t("ledger.col.unit"), key: "unit", width: 22 },
    { header: t("ledger.col.team"), key: "team", width: 22 },
    { header: t("records.col.date"), key: "date", width: 12 },
    { header: t("records.col.status"), key: "status", width: 10 },
    ...(kind
      ? extra.map((f) => ({ header: t(`records.field.${f.name}`), key: f.name, width: f.type === "textarea" ? 40 : 14 }))
      : [{ header: t("records.col.figure"), key: "figure", width: 14 }, { header: t("records.col.figureUnit"), key: "figureUnit", width: 10 }]),
  ];
  for (const r of rows) {
    const base: Record<string, unknown> = {
      title: r.title,
      kind: t(`enums.recordKind.${r.kind}`),
      unit: r.unitName ?? t("records.countyLevel"),
      team: r.teamName ?? "",
      date: r.occurredOn,
      status: t(`enums.recordStatus.${r.status}`),
    };
    if (kind) {
      for (const f of extra) {
        const raw = "column" in f && f.column ? (r as unknown as Record<string, unknown>)[f.column] : r.details[f.name];
        base[f.name] =
          f.type === "select" && raw
            ? t(`enums.${f.optionSet}.${raw}`)
            : f.type === "multiselect"
              ? ((raw as string[]) ?? []).map((o) => t(`enums.${f.optionSet}.${o}`)).join("、")
              : f.type === "boolean"
                ? raw
                  ? t("common.yes")
                  : t("common.no")
                : (raw ?? "");
      }
    } else {
      base.figure = r.headline;
      base.figureUnit = t(`figure.label.${KINDS[r.kind].headline.unit}`);
    }
    ws.addRow(base);
  }
  styleHeader(ws, { filter: true });
  return workbookBuffer(wb);
}
