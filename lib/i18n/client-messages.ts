type Messages = { [key: string]: string | Messages };

/**
 * The messages client components can show, as keys or groups of keys. Server components translate
 * on the server; the rest of the catalogue stays there. client-messages.test.ts fails when a client
 * component, an action result or a prop handed to the client needs a message missing here.
 */
export const CLIENT_MESSAGES: readonly string[] = [
  "account.password",
  "common.cancel", "common.close", "common.fixErrors", "common.labelBefore", "common.language", "common.loading", "common.no",
  "common.save", "common.yes",
  "enums",
  "errors",
  "evaluations.col.team", "evaluations.done", "evaluations.error", "evaluations.form", "evaluations.metricUnit",
  "evaluations.mine.start", "evaluations.nominate.picked", "evaluations.nominate.submit",
  "evaluations.nominate.withdraw", "evaluations.nominate.withdrawConfirm", "evaluations.notStarted",
  "evaluations.points", "evaluations.rule", "evaluations.scheme", "evaluations.schemes.startFromDefault",
  "evaluations.schemes.startTarget", "evaluations.yearOption",
  "evidence",
  "figure",
  "home.late.lastSubmitted", "home.late.never", "home.late.none",
  "imports",
  "login.demo", "login.error", "login.password", "login.passwordChanged", "login.submit", "login.title",
  "login.username",
  "nav",
  "nudge",
  "offline",
  "org.archive", "org.col.team", "org.col.unit", "org.done.archived", "org.done.restored", "org.error",
  "org.export.accountsSheet", "org.export.orgSheet", "org.field", "org.form.teamTitle", "org.form.unitTitle",
  "org.neverSignedIn", "org.restore",
  "publications.done", "publications.endsOn", "publications.error", "publications.name", "publications.nameConfirm", "publications.nameTitle",
  "publications.phase", "publications.publish", "publications.publishConfirm", "publications.publishHint",
  "publications.publishTitle", "publications.reschedule", "publications.sectionHint", "publications.startsOn",
  "publications.withdraw", "publications.withdrawConfirm", "publications.withdrawHint", "publications.withdrawNamed",
  "publications.withdrawTitle",
  "rankings.col", "rankings.level", "rankings.vetoed",
  "records.approve", "records.choose", "records.col", "records.countyLevel", "records.decision", "records.done", "records.edit",
  "records.error", "records.evidence", "records.field", "records.fixErrors", "records.noTeam", "records.picker",
  "records.reason", "records.reasonPlaceholder", "records.reject", "records.rejectConfirm",
  "records.rejectDescription", "records.rejectTitle", "records.reopen", "records.reopenConfirm",
  "records.reopenDescription", "records.reopenTitle", "records.saveDraft", "records.submit", "records.submitOffice",
  "records.title", "records.withdraw",
  "review.approveSelected", "review.batchApproved", "review.batchRejected", "review.batchSkipped", "review.nav",
  "review.noneSelected", "review.rejectSelected", "review.rejectSelectedDescription", "review.rejectSelectedTitle",
  "review.selectPage",
  "users",
  "validation",
  "workers.col", "workers.delete", "workers.done.deleted", "workers.done.left", "workers.done.rejoined",
  "workers.error", "workers.form.employeeNoHint", "workers.form.title", "workers.left", "workers.rejoin",
  "workers.title",
  "years.acknowledge", "years.close", "years.closeDescription", "years.closeTitle", "years.done", "years.error",
  "years.validation",
];

const pickedByCatalogue = new WeakMap<Messages, Messages>();

/** The part of `messages` that CLIENT_MESSAGES names, nested as in the catalogue (worked out once per catalogue). */
export function pickClientMessages(messages: Messages): Messages {
  const cached = pickedByCatalogue.get(messages);
  if (cached) return cached;
  const picked: Messages = {};
  for (const name of CLIENT_MESSAGES) {
    const parts = name.split(".");
    let from: Messages | string | undefined = messages;
    let to = picked;
    for (const [i, part] of parts.entries()) {
      from = typeof from === "object" ? from[part] : undefined;
      if (from === undefined) break;
      if (i === parts.length - 1) to[part] = from;
      else to = (to[part] ??= {}) as Messages;
    }
  }
  pickedByCatalogue.set(messages, picked);
  return picked;
}
