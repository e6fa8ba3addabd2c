import "server-only";
import { formatNumber } from "@/lib/format";
import type { PublicationDetail, PublicationEntry } from "@/lib/titles/queries";
import { documentDate } from "./format";
import type { FormalDocument } from "./model";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export const PUBLICATION_DOCUMENTS = ["notice", "decision"] as const;
export type PublicationDocumentKind = (typeof PUBLICATION_DOCUMENTS)[number];

/** `?doc=` of the publication documents: the 公示 notice unless the 命名 decision is asked for. */
export function publicationDocumentKind(value: string | null | undefined): PublicationDocumentKind {
  return value === "decision" ? "decision" : "notice";
}

/**
 * The 公示 notice (every posted result, in rank order, with the window) or the 命名 decision (the
 * named ones, a red-head document dated the day of naming) of one publication. Null for a decision
 * not made yet.
 */
export function publicationDocument(detail: PublicationDetail, kind: PublicationDocumentKind, t: Translate, locale: string, countyName: string): FormalDocument | null {
  const p = detail.publication;
  if (kind === "decision" && (p.status !== "named" || !p.namedAt)) return null;
  const issuer = t("documents.federation", { county: countyName });
  const target = t(`enums.evaluationTarget.${p.target}`);
  const titleName = t(`titles.name.${p.target}`, { year: p.year });
  const showWhere = p.target === "team" || p.target === "worker";
  const where = (e: PublicationEntry) => (p.target === "worker" ? [e.unitName, e.teamName].filter(Boolean).join(" ") : e.unitName);
  const score = (e: PublicationEntry) => (e.finalTotal === null ? "—" : formatNumber(e.finalTotal, locale, 1));
  const grade = (e: PublicationEntry) => (e.vetoed ? t("rankings.vetoed") : e.grade ? t(`enums.grade.${e.grade}`) : "—");
  const window = { start: documentDate(p.startsOn, locale), end: documentDate(p.endsOn, locale) };
  const columns = [
    { header: kind === "notice" ? t("rankings.col.rank") : t("documents.col.no"), weight: 0.8, align: "center" as const },
    { header: t(`documents.col.subject.${p.target}`), weight: 3 },
    ...(showWhere ? [{ header: t("documents.col.where"), weight: 3 }] : []),
    { header: t("evaluations.col.final"), weight: 1, align: "right" as const },
    { header: t("evaluations.col.grade"), weight: 1, align: "center" as const },
  ];

  if (kind === "notice") {
    return {
      issuer,
      title: t("documents.notice.title", { year: p.year, target }),
      runningHeader: t("documents.notice.title", { year: p.year, target }),
      sections: [
        {
          id: "notice",
          heading: "",
          paragraphs: [t("documents.notice.body", { year: p.year, target, count: detail.entries.length, ...window, issuer })],
          tables: [{ columns, rows: detail.entries.map((e) => [String(e.rank ?? "—"), e.name, ...(showWhere ? [where(e)] : []), score(e), grade(e)]) }],
        },
      ],
      closing: [issuer, documentDate(p.startsOn, locale)],
    };
  }
  const named = detail.entries.filter((e) => e.title);
  return {
    issuer,
    redHead: true,
    title: t("documents.decision.title", { year: p.year, title: titleName }),
    runningHeader: t("documents.decision.title", { year: p.year, title: titleName }),
    sections: [
      {
        id: "decision",
        heading: "",
        paragraphs: [t("documents.decision.body", { year: p.year, target, count: named.length, title: titleName, ...window }), t("documents.decision.hope")],
        tables: [
          {
            caption: t("documents.decision.listCaption", { title: titleName, count: named.length }),
            columns: [...columns, { header: t("documents.col.note"), weight: 1.6 }],
            rows: named.map((e, i) => [
              String(i + 1),
              e.name,
              ...(showWhere ? [where(e)] : []),
              score(e),
              grade(e),
              e.title?.status === "withdrawn" ? t("documents.decision.withdrawnNote", { date: e.title.withdrawnAt ? documentDate(e.title.withdrawnAt, locale) : "" }) : "",
            ]),
          },
        ],
      },
    ],
    closing: [issuer, documentDate(p.namedAt!, locale)],
  };
}
