import "server-only";
import { RECORD_KINDS } from "@/lib/domain/enums";
import type { FormalDocument } from "@/lib/documents/model";
import { ledgerColumns } from "./columns";
import type { Ledger } from "./queries";
import type { Translate } from "@/lib/i18n/translate";


/**
 * The printed 台账: a section per record kind, a row per record (date, title, then every other field
 * as "label：value" in one column, so a record of many fields still fits an A4 page).
 */
export function ledgerDocument(ledger: Ledger, t: Translate, locale: string): FormalDocument {
  const name = ledger.org.unitName ? `${ledger.org.unitName} ${ledger.org.name}` : ledger.org.name;
  const year = ledger.period.year;
  return {
    issuer: name,
    title: t("ledger.documentTitle", { year }),
    subtitle: t("ledger.subtitle", { count: ledger.records.length }),
    runningHeader: t("ledger.runningHeader", { name, year }),
    sections: RECORD_KINDS.map((kind, i) => {
      const rows = ledger.records.filter((r) => r.row.kind === kind);
      const [date, title, ...rest] = ledgerColumns(kind, t, locale);
      return {
        id: kind,
        heading: t("reports.sectionHeading", { n: locale.startsWith("zh") ? "一二三四五六七"[i]! : String(i + 1), title: `${t(`enums.recordKind.${kind}`)}（${rows.length}）` }),
        paragraphs: rows.length ? undefined : [t("ledger.none")],
        tables: rows.length
          ? [
              {
                compact: true,
                columns: [
                  { header: t("ledger.col.no"), weight: 0.5, align: "center" as const },
                  { header: date!.header, weight: 1.2 },
                  { header: title!.header, weight: 2 },
                  { header: t("ledger.col.details"), weight: 6.3 },
                ],
                rows: rows.map((r, n) => [
                  String(n + 1),
                  date!.text(r),
                  title!.text(r),
                  rest
                    .map((c) => [c.header, c.text(r).replace(/\n/g, "、")] as const)
                    .filter(([, v]) => v !== "—" && v !== "")
                    .map(([h, v]) => t("common.labelValue", { label: h, value: v }))
                    .join("；"),
                ]),
              },
            ]
          : undefined,
      };
    }),
  };
}
