import "server-only";
import type { RecordKind } from "@/lib/domain/enums";
import { formatNumber } from "@/lib/format";
import { KINDS, type FieldDef } from "@/lib/records/kinds";
import type { LedgerRecord } from "./queries";
import type { Translate } from "@/lib/i18n/translate";


export interface LedgerColumn {
  header: string;
  weight: number;
  align?: "left" | "right" | "center";
  /** The cell as text (the printed ledger) … */
  text: (r: LedgerRecord) => string;
  /** … and as a spreadsheet value (numbers stay numbers). */
  value: (r: LedgerRecord) => string | number | null;
  /** Wide text (contents, summaries) in the spreadsheet. */
  wide?: boolean;
}

/** A field's stored value on a record: a typed column or `details`. */
function raw(r: LedgerRecord, f: FieldDef): unknown {
  return "column" in f && f.column ? (r.row as unknown as Record<string, unknown>)[f.column] : r.row.details[f.name];
}

/**
 * Every column of a record kind's ledger sheet, in the form's order: the shared ones (date, title,
 * unit, team), each field with its unit in the header, the named workers (by name, with their
 * count), the reviewer and the evidence. Headers never repeat ("单位" the org vs "计量单位").
 */
export function ledgerColumns(kind: RecordKind, t: Translate, locale: string): LedgerColumn[] {
  const text = (v: string | number | null) => (v === null || v === "" ? "—" : typeof v === "number" ? formatNumber(v, locale, 2) : v);
  const col = (header: string, weight: number, value: (r: LedgerRecord) => string | number | null, opts: Partial<LedgerColumn> = {}): LedgerColumn => ({ header, weight, value, text: (r) => text(value(r)), ...opts });
  const fields = KINDS[kind].fields.filter((f) => f.name !== "title" && f.name !== "occurredOn" && f.type !== "team");
  return [
    col(t("ledger.col.date"), 1.3, (r) => r.row.occurredOn),
    col(t("ledger.col.title"), 2.4, (r) => r.row.title),
    col(t("ledger.col.unit"), 1.8, (r) => r.unitName ?? t("records.countyLevel")),
    col(t("ledger.col.team"), 1.8, (r) => r.teamName ?? ""),
    ...fields.flatMap((f): LedgerColumn[] => {
      const label = t(`records.field.${f.name}`);
      switch (f.type) {
        case "number": {
          const unit = t(`figure.label.${f.unit}`);
          return [col(unit === label ? label : `${label}（${unit}）`, 1.1, (r) => (raw(r, f) === null || raw(r, f) === undefined ? null : Number(raw(r, f))), { align: "right" })];
        }
        case "boolean":
          return [col(label, 0.9, (r) => (raw(r, f) ? t("common.yes") : t("common.no")), { align: "center" })];
        case "select":
          return [col(label, 1.2, (r) => (raw(r, f) ? t(`enums.${f.optionSet}.${raw(r, f)}`) : ""))];
        case "multiselect":
          return [col(label, 1.6, (r) => ((raw(r, f) as string[] | undefined) ?? []).map((o) => t(`enums.${f.optionSet}.${o}`)).join("、"))];
        case "workers":
          return [
            col(label, 3, (r) => (r.workers[f.role] ?? []).join("、"), { wide: true }),
            col(t("ledger.col.count", { field: label }), 0.9, (r) => (r.workers[f.role] ?? []).length, { align: "right" }),
          ];
        case "textarea":
          return [col(label, 3, (r) => String(raw(r, f) ?? ""), { wide: true })];
        default:
          return [col(label, 1.4, (r) => String(raw(r, f) ?? ""))];
      }
    }),
    col(t("ledger.col.reviewer"), 1.1, (r) => r.reviewerName ?? ""),
    col(t("ledger.col.evidence"), 2, (r) => r.evidence.map((e) => e.filename).join("\n"), { wide: true }),
  ];
}
