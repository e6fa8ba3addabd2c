/** A catalogue, or part of one. A message is its text, or once precompiled (next.config.ts) an array when it takes arguments. */
type Messages = { [key: string]: string | readonly unknown[] | Messages };
const isGroup = (v: Messages[string] | undefined): v is Messages => typeof v === "object" && !Array.isArray(v);

/**
 * The messages client components can show on any page, as keys or groups of keys. Server components
 * translate on the server; the rest of the catalogue stays there. client-messages.test.ts fails when a
 * client component, an action result or a prop handed to the client needs a message missing here.
 */
export const CLIENT_MESSAGES: readonly string[] = [
  "account.password",
  "common.cancel", "common.close", "common.fixErrors", "common.labelBefore", "common.language", "common.loading",
  "common.no", "common.save", "common.yes",
  "enums.education", "enums.gender", "enums.recordKind", "enums.role", "enums.skillLevel", "enums.teamKind",
  "enums.unitKind",
  "errors",
  "evidence",
  "figure",
  "home.late.lastSubmitted", "home.late.never", "home.late.none",
  "login.error",
  "nav",
  "notFound",
  "nudge",
  "offline",
  "publications.phase",
  "rankings.col", "rankings.level", "rankings.vetoed",
  "records.approve", "records.choose", "records.col", "records.countyLevel", "records.decision", "records.done",
  "records.edit", "records.error", "records.evidence", "records.field", "records.fixErrors", "records.noTeam",
  "records.picker", "records.reason", "records.reasonPlaceholder", "records.reject", "records.rejectConfirm",
  "records.rejectDescription", "records.rejectTitle", "records.reopen", "records.reopenConfirm",
  "records.reopenDescription", "records.reopenTitle", "records.saveDraft", "records.submit", "records.submitOffice",
  "records.title", "records.withdraw",
  "review.approveSelected", "review.batchApproved", "review.batchRejected", "review.batchSkipped", "review.nav",
  "review.noneSelected", "review.rejectSelected", "review.rejectSelectedDescription", "review.rejectSelectedTitle",
  "review.selectPage",
  "validation",
];

/**
 * Messages only one area's client components show (its forms, dialogs and their actions' results):
 * sent by that area's `<AreaMessages>` (components/area-messages.tsx, added to every page's in the
 * browser), not with every page.
 * client-messages.test.ts knows which source folders make up each area.
 */
export const AREA_MESSAGES = {
  evaluations: [
    "enums.autoMapping", "enums.autoMetric", "enums.evaluationTarget", "enums.grade", "enums.itemMode",
    "evaluations.col.team", "evaluations.done", "evaluations.error", "evaluations.form", "evaluations.metricUnit",
    "evaluations.mine.start", "evaluations.nominate.picked", "evaluations.nominate.submit",
    "evaluations.nominate.withdraw", "evaluations.nominate.withdrawConfirm", "evaluations.notStarted",
    "evaluations.points", "evaluations.rule", "evaluations.scheme", "evaluations.schemes.startFromDefault",
    "evaluations.schemes.startTarget", "evaluations.yearOption", "publications.done", "publications.endsOn",
    "publications.error", "publications.name", "publications.nameConfirm", "publications.nameTitle",
    "publications.publish", "publications.publishConfirm", "publications.publishHint",
    "publications.publishTitle", "publications.reschedule", "publications.sectionHint", "publications.startsOn",
    "publications.withdraw", "publications.withdrawConfirm", "publications.withdrawHint",
    "publications.withdrawNamed", "publications.withdrawTitle",
  ],
  imports: ["imports"],
  /** The record form names an option of any enum (its fields come from lib/records/kinds.ts). */
  recordForm: ["enums"],
  accounts: ["users"],
  org: [
    "org.archive", "org.col.team", "org.col.unit", "org.done.archived", "org.done.restored", "org.error",
    "org.export.accountsSheet", "org.export.orgSheet", "org.field", "org.form.teamTitle", "org.form.unitTitle",
    "org.neverSignedIn", "org.restore",
  ],
  workers: [
    "workers.col", "workers.delete", "workers.done.deleted", "workers.done.left", "workers.done.rejoined",
    "workers.error", "workers.form.employeeNoHint", "workers.form.title", "workers.left", "workers.rejoin",
    "workers.title",
  ],
  years: [
    "years.acknowledge", "years.close", "years.closeDescription", "years.closeTitle", "years.done", "years.error",
    "years.validation",
  ],
  login: ["login.demo", "login.password", "login.passwordChanged", "login.submit", "login.title", "login.username"],
} as const satisfies Record<string, readonly string[]>;

export type MessageArea = keyof typeof AREA_MESSAGES;

const pickedByCatalogue = new WeakMap<Messages, Map<string, Messages>>();

/**
 * The part of `messages` that CLIENT_MESSAGES names, or (given areas) that those areas' AREA_MESSAGES
 * name, nested as in the catalogue (worked out once per catalogue and set of areas).
 */
export function pickClientMessages(messages: Messages, areas?: readonly MessageArea[]): Messages {
  let byAreas = pickedByCatalogue.get(messages);
  if (!byAreas) pickedByCatalogue.set(messages, (byAreas = new Map()));
  const key = areas ? areas.join(",") : "";
  const cached = byAreas.get(key);
  if (cached) return cached;
  const picked: Messages = {};
  for (const name of areas ? areas.flatMap((a) => AREA_MESSAGES[a]) : CLIENT_MESSAGES) {
    const parts = name.split(".");
    let from: Messages[string] | undefined = messages;
    let to = picked;
    for (const [i, part] of parts.entries()) {
      from = isGroup(from) ? from[part] : undefined;
      if (from === undefined) break;
      if (i === parts.length - 1) to[part] = from;
      else to = (to[part] ??= {}) as Messages;
    }
  }
  byAreas.set(key, picked);
  return picked;
}

/** `more` laid over `base`, group by group (an area's "enums.grade" beside every page's "enums.role"). */
export function mergeMessages(base: Messages, more: Messages): Messages {
  const out: Messages = { ...base };
  for (const [k, v] of Object.entries(more)) {
    const b = out[k];
    out[k] = isGroup(v) && isGroup(b) ? mergeMessages(b, v) : v;
  }
  return out;
}
