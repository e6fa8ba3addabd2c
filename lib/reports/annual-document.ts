import "server-only";
import { COMPETITION_LEVELS, CULTURE_TYPES, EVALUATION_TARGETS, PUBLICITY_KINDS, STUDY_CONTENTS, STUDY_FORMS } from "@/lib/domain/enums";
import type { DocSection, DocTable, FormalDocument } from "@/lib/documents/model";
import { documentDate } from "@/lib/documents/format";
import { formatNumber, percent } from "@/lib/format";
import type { OrgStatFigures } from "@/lib/stats/aggregates";
import type { AnnualReport, YearFigures } from "./annual";
import type { Translate } from "@/lib/i18n/translate";


const CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** The org-month column of a publicity channel ("training_class" → "publicityTrainingClass"). */
export const publicityKey = (channel: (typeof PUBLICITY_KINDS)[number]) =>
  `publicity${channel.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase())}` as keyof OrgStatFigures;

/** A headline figure of the year, by key, for the 同比 table (the same function reads both years). */
interface Headline {
  label: string;
  value: (y: YearFigures) => number;
  digits?: number;
  /** Only in a county's report (units taking part means nothing inside one unit). */
  countyOnly?: boolean;
}

function headlines(t: Translate): Headline[] {
  const tot = (k: keyof OrgStatFigures) => (y: YearFigures) => y.figures.totals[k];
  const wan = (k: keyof OrgStatFigures) => (y: YearFigures) => y.figures.totals[k] / 10_000;
  return [
    { label: t("reports.line.unitsActive"), value: (y) => y.figures.units.active, countyOnly: true },
    { label: t("reports.line.unitShare"), value: (y) => percent(y.figures.units.active, y.figures.units.total), countyOnly: true },
    { label: t("reports.line.teamsActive"), value: (y) => y.figures.teams.active },
    { label: t("reports.line.teamShare"), value: (y) => percent(y.figures.teams.active, y.figures.teams.total) },
    { label: t("reports.line.workersActive"), value: (y) => y.figures.workers.active },
    { label: t("reports.line.workerShare"), value: (y) => percent(y.figures.workers.active, y.figures.workers.total) },
    { label: t("reports.line.sessions"), value: tot("sessions") },
    { label: t("reports.line.attendance"), value: tot("attendance") },
    { label: t("reports.line.sessionHours"), value: tot("sessionHours"), digits: 1 },
    { label: t("reports.line.trainingClasses"), value: tot("trainingClasses") },
    { label: t("reports.line.trainingTrainees"), value: tot("trainingTrainees") },
    { label: t("reports.line.reemploymentClasses"), value: tot("reemploymentClasses") },
    { label: t("reports.line.reemploymentTrainees"), value: tot("reemploymentTrainees") },
    { label: t("reports.line.reemployed"), value: tot("reemployed") },
    { label: t("reports.line.competitions"), value: tot("competitions") },
    { label: t("reports.line.competitionParticipants"), value: tot("competitionParticipants") },
    { label: t("reports.line.competitionWinners"), value: tot("competitionWinners") },
    { label: t("reports.line.proposals"), value: tot("proposals") },
    { label: t("reports.line.proposalsAdopted"), value: tot("proposalsAdopted") },
    { label: t("reports.line.proposalsImplemented"), value: (y) => y.proposalsImplemented },
    { label: t("reports.line.proposalBenefit"), value: wan("proposalBenefit"), digits: 2 },
    { label: t("reports.line.innovations"), value: tot("innovations") },
    { label: t("reports.line.innovations10k"), value: tot("innovations10k") },
    { label: t("reports.line.innovations10kBenefit"), value: wan("innovations10kBenefit"), digits: 2 },
    { label: t("reports.line.cultureEvents"), value: tot("cultureEvents") },
    { label: t("reports.line.cultureParticipants"), value: tot("cultureParticipants") },
    { label: t("reports.line.publicityItems"), value: tot("publicityItems") },
  ];
}

/** "+12.5%", "−3.0%", or "—" when there is no earlier figure to compare with. */
export function yearOnYear(current: number, previous: number | null, locale: string): string {
  if (previous === null || previous === 0) return "—";
  const change = ((current - previous) / previous) * 100;
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return `${sign}${formatNumber(Math.abs(change), locale, 1)}%`;
}

/** The annual report as a formal document, in the reader's language. */
export function annualReportDocument(report: AnnualReport, t: Translate, locale: string, issuedOn: string): FormalDocument {
  const n = (v: number, digits = 0) => formatNumber(v, locale, digits);
  const { current: cur, previous: prev, scope, year } = report;
  const county = scope.level === "county";
  const heading = (i: number, title: string) => t("reports.sectionHeading", { n: locale.startsWith("zh") ? CN_NUMERALS[i]! : String(i + 1), title });
  const sections: DocSection[] = [];
  const num = (header: string, weight = 1) => ({ header, weight, align: "right" as const });

  // 一、总体情况 with 同比.
  const lines = headlines(t).filter((h) => county || !h.countyOnly);
  sections.push({
    id: "overview",
    heading: heading(sections.length, t("reports.section.overview")),
    paragraphs: [
      (county ? (values: Record<string, string | number>) => t("reports.overviewCounty", values) : (values: Record<string, string | number>) => t("reports.overviewUnit", values))({
        name: scope.name,
        year,
        units: n(cur.figures.units.active),
        unitShare: n(percent(cur.figures.units.active, cur.figures.units.total)),
        teams: n(cur.figures.teams.active),
        workers: n(cur.figures.workers.active),
        workerShare: n(percent(cur.figures.workers.active, cur.figures.workers.total)),
        sessions: n(cur.figures.totals.sessions),
        attendance: n(cur.figures.totals.attendance),
        proposals: n(cur.figures.totals.proposals),
        benefit: n(cur.figures.totals.proposalBenefit / 10_000, 2),
      }),
    ],
    tables: [
      {
        columns: [{ header: t("reports.col.figure"), weight: 3 }, num(t("reports.col.year", { year })), num(t("reports.col.year", { year: year - 1 })), num(t("reports.col.yearOnYear"))],
        rows: lines.map((h) => {
          const c = h.value(cur);
          const p = prev ? h.value(prev) : null;
          return [h.label, n(c, h.digits ?? 0), p === null ? "—" : n(p, h.digits ?? 0), yearOnYear(c, p, locale)];
        }),
      },
    ],
  });

  // 二、学习活动 by form and by 五学, with the monthly trend.
  const study: DocTable[] = [
    {
      caption: t("reports.caption.byForm"),
      columns: [{ header: t("reports.col.form"), weight: 2 }, num(t("reports.col.sessions")), num(t("reports.col.attendance")), num(t("reports.col.hours"))],
      rows: STUDY_FORMS.map((f) => [t(`enums.studyForm.${f}`), n(cur.studyByForm[f].sessions), n(cur.studyByForm[f].attendance), n(cur.studyByForm[f].hours, 1)]),
    },
    {
      caption: t("reports.caption.byContent"),
      columns: [{ header: t("reports.col.content"), weight: 2 }, num(t("reports.col.sessions")), num(t("reports.col.attendance"))],
      rows: STUDY_CONTENTS.map((c) => [t(`enums.studyContent.${c}`), n(cur.studyByContent[c].sessions), n(cur.studyByContent[c].attendance)]),
    },
  ];
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  // Months not yet begun are left out of this year's lines rather than drawn as zero.
  const lastMonth = Number(report.asOf.slice(5, 7));
  const monthValue = (y: YearFigures | null, m: number, key: "sessions" | "attendance") =>
    y === cur && m > lastMonth ? null : (y?.figures.byMonth.find((r) => Number(r.month.slice(5, 7)) === m)?.[key] ?? 0);
  sections.push({
    id: "study",
    heading: heading(sections.length, t("reports.section.study")),
    tables: study,
    charts: [
      {
        label: t("reports.chart.monthly"),
        width: 460,
        height: 230,
        option: {
          title: { text: t("reports.chart.monthly"), left: "center", textStyle: { fontSize: 12, fontWeight: "normal" } },
          legend: { bottom: 0, itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 10 } },
          grid: { left: 40, right: 44, top: 42, bottom: 40 },
          xAxis: { type: "category", data: months.map((m) => t("dashboard.monthLabel", { month: m })), axisLabel: { fontSize: 9 } },
          yAxis: [
            { type: "value", name: t("dashboard.axis.count"), nameTextStyle: { fontSize: 9 }, axisLabel: { fontSize: 9 }, splitLine: { lineStyle: { color: "#e5e7eb" } } },
            { type: "value", name: t("dashboard.axis.people"), nameTextStyle: { fontSize: 9 }, axisLabel: { fontSize: 9 }, splitLine: { show: false } },
          ],
          series: [
            { name: t("reports.chart.sessions", { year }), type: "bar", barMaxWidth: 12, data: months.map((m) => monthValue(cur, m, "sessions")) },
            ...(prev ? [{ name: t("reports.chart.sessions", { year: year - 1 }), type: "bar", barMaxWidth: 12, data: months.map((m) => monthValue(prev, m, "sessions")) }] : []),
            { name: t("reports.chart.attendance", { year }), type: "line", yAxisIndex: 1, symbolSize: 4, data: months.map((m) => monthValue(cur, m, "attendance")) },
          ],
        },
      },
    ],
  });

  // 三、劳动竞赛与技能比武 by the level reached.
  sections.push({
    id: "competitions",
    heading: heading(sections.length, t("reports.section.competitions")),
    tables: [
      {
        columns: [{ header: t("reports.col.level"), weight: 2 }, num(t("reports.col.competitions")), num(t("reports.col.participants")), num(t("reports.col.winners"))],
        rows: COMPETITION_LEVELS.map((l) => [t(`enums.competitionLevel.${l}`), n(cur.competitionsByLevel[l].competitions), n(cur.competitionsByLevel[l].participants), n(cur.competitionsByLevel[l].winners)]),
      },
    ],
  });

  // 四、职工文体活动 by type; 五、舆论宣传 by channel.
  sections.push({
    id: "culture",
    heading: heading(sections.length, t("reports.section.culture")),
    tables: [
      {
        columns: [{ header: t("reports.col.eventType"), weight: 2 }, num(t("reports.col.events")), num(t("reports.col.participants"))],
        rows: CULTURE_TYPES.map((c) => [t(`enums.cultureType.${c}`), n(cur.cultureByType[c].events), n(cur.cultureByType[c].participants)]),
      },
    ],
  });
  sections.push({
    id: "publicity",
    heading: heading(sections.length, t("reports.section.publicity")),
    tables: [
      {
        columns: [{ header: t("reports.col.channel"), weight: 2 }, num(t("reports.col.year", { year })), num(t("reports.col.year", { year: year - 1 })), num(t("reports.col.yearOnYear"))],
        rows: PUBLICITY_KINDS.map((c) => {
          const k = publicityKey(c);
          const p = prev ? prev.figures.totals[k] : null;
          return [t(`enums.publicityKind.${c}`), n(cur.figures.totals[k]), p === null ? "—" : n(p), yearOnYear(cur.figures.totals[k], p, locale)];
        }),
      },
    ],
  });

  // 六、按单位类型 (county only), with its chart.
  if (county) {
    const kinds = cur.figures.byUnitKind;
    sections.push({
      id: "unitKinds",
      heading: heading(sections.length, t("reports.section.unitKinds")),
      tables: [
        {
          columns: [
            { header: t("reports.col.unitKind"), weight: 1.6 },
            num(t("reports.col.units")),
            num(t("reports.col.unitShare")),
            num(t("reports.col.workers")),
            num(t("reports.col.workerShare")),
            num(t("reports.col.sessions")),
            num(t("reports.col.hoursPerWorker")),
            num(t("reports.col.proposals")),
          ],
          rows: kinds.map((k) => [
            t(`enums.unitKind.${k.kind}`),
            n(k.units.total),
            `${n(percent(k.units.active, k.units.total))}%`,
            n(k.workers.total),
            `${n(percent(k.workers.active, k.workers.total))}%`,
            n(k.sessions),
            n(k.workers.total ? k.attendeeHours / k.workers.total : 0, 1),
            n(k.proposals),
          ]),
        },
      ],
      charts: [
        {
          label: t("reports.chart.byKind"),
          width: 420,
          height: 210,
          option: {
            title: { text: t("reports.chart.byKind"), left: "center", textStyle: { fontSize: 12, fontWeight: "normal" } },
            legend: { bottom: 0, itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 10 } },
            grid: { left: 40, right: 16, top: 42, bottom: 40 },
            xAxis: { type: "category", data: kinds.map((k) => t(`enums.unitKind.${k.kind}`)), axisLabel: { fontSize: 10 } },
            yAxis: { type: "value", max: 100, axisLabel: { fontSize: 9, formatter: "{value}%" }, splitLine: { lineStyle: { color: "#e5e7eb" } } },
            series: [
              { name: t("dashboard.series.unitShare"), type: "bar", barMaxWidth: 26, data: kinds.map((k) => percent(k.units.active, k.units.total)) },
              { name: t("dashboard.series.workerShare"), type: "bar", barMaxWidth: 26, data: kinds.map((k) => percent(k.workers.active, k.workers.total)) },
            ],
          },
        },
      ],
    });
  }

  // 七、各单位（各班组）情况.
  sections.push({
    id: "breakdown",
    heading: heading(sections.length, county ? t("reports.section.byUnit") : t("reports.section.byTeam")),
    tables: [
      {
        compact: true,
        columns: [
          { header: county ? t("reports.col.unit") : t("reports.col.team"), weight: 2.8 },
          num(t("reports.col.workersActive"), 1.9),
          num(t("reports.col.sessions")),
          num(t("reports.col.attendance")),
          ...(county ? [num(t("reports.col.trainees"))] : []),
          num(t("reports.col.proposals")),
          num(t("reports.col.adopted")),
          num(t("reports.col.benefitWan"), 1.3),
          num(t("reports.col.innovations10k")),
        ],
        rows: report.breakdown.map((r) => [
          r.own ? t("reports.unitOwn", { name: r.name }) : r.name,
          r.own ? "—" : `${n(r.workers.active)}/${n(r.workers.total)}`,
          n(r.sessions),
          n(r.attendance),
          ...(county ? [n(r.trainingTrainees)] : []),
          n(r.proposals),
          n(r.proposalsAdopted),
          n(r.proposalBenefit / 10_000, 2),
          n(r.innovations10k),
        ]),
      },
    ],
  });

  // 八、年度命名.
  const named = EVALUATION_TARGETS.map((target) => ({ target, list: report.titles.filter((x) => x.target === target) })).filter((g) => g.list.length);
  sections.push({
    id: "titles",
    heading: heading(sections.length, t("reports.section.titles")),
    paragraphs: named.length ? undefined : [t("reports.noTitles", { year })],
    tables: named.map((g) => ({
      caption: `${t(`titles.name.${g.target}`, { year })}（${n(g.list.filter((x) => x.status === "held").length)}）`,
      columns: [{ header: t("reports.col.holder"), weight: 2 }, { header: t("reports.col.where"), weight: 3 }, { header: t("reports.col.titleStatus"), weight: 1.4 }],
      rows: g.list.map((x) => [x.holder, x.where || "—", x.status === "held" ? t("reports.titleHeld") : t("reports.titleWithdrawn", { date: x.withdrawnAt ? documentDate(x.withdrawnAt, locale) : "" })]),
    })),
  });

  const issuer = t("documents.federation", { county: scope.countyName });
  return {
    issuer,
    title: t("reports.annualTitle", { name: scope.name, year }),
    subtitle: t("reports.annualSubtitle", { date: documentDate(report.asOf, locale) }),
    runningHeader: t("reports.runningHeader", { name: scope.name, year }),
    sections,
    closing: [county ? issuer : scope.name, documentDate(issuedOn, locale)],
  };
}
