import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orgs, workers, type NewWorker } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { requiredText } from "@/lib/forms/fields";
import { ROSTER_FACTS, writeRosterRows, type RosterFacts } from "@/lib/workers/mutations";
import { workerFieldsSchema } from "@/lib/workers/schemas";
import { cellText, nameKey } from "./cells";
import { WORKER_COLUMNS, WORKER_EXPORT_ONLY } from "./columns";
import { readFirstSheet } from "./read-sheet";
import { findRepeats, matchHeaders } from "./rules";
import type { ImportOutcome } from "./types";
import { columnText, headerProblem, ProblemList, validateRows, type Progress } from "./validate";

/** One roster row: the worker form's facts, with the team named rather than chosen. */
export const workerImportRowSchema = workerFieldsSchema.extend({ team: requiredText(60) });

/**
 * Imports a roster .xlsx into the union's unit. Every row is checked (cells, repeated employee
 * numbers, the team being one of the unit's live teams, a worker who left); with any problem nothing
 * is written. Otherwise, in one transaction, new employee numbers are added and known ones updated
 * (moved between teams, corrected) — so importing the same file again changes nothing. Blank optional
 * cells keep what the roster already holds. Workers missing from the file are left as they are.
 */
export async function importWorkers(user: CurrentUser, buf: Buffer, opts: { filename: string; onProgress: Progress }): Promise<ImportOutcome> {
  if (!can(user, "workers.manage") || !user.unitId) return { ok: false, fileProblem: { message: "errors.forbidden" } };
  const unitId = user.unitId;
  const sheet = await readFirstSheet(buf, (n) => opts.onProgress({ type: "progress", phase: "reading", done: n, total: null }));
  if (!sheet.ok) return { ok: false, fileProblem: sheet.problem };
  const match = matchHeaders(sheet.header.cells.map(cellText), WORKER_COLUMNS, WORKER_EXPORT_ONLY);
  if (!match.ok) return { ok: false, fileProblem: headerProblem(match) };
  const header = (key: string) => match.headers[key as keyof typeof match.headers] ?? null;

  const problems = new ProblemList();
  const parsed = await validateRows(sheet.rows, WORKER_COLUMNS, match, workerImportRowSchema, problems, opts.onProgress);
  // A repeated employee number is a problem of the later row, whatever else is wrong with either.
  const at = match.index.employeeNo!;
  const employeeNoCol = WORKER_COLUMNS[0];
  const repeats = findRepeats(sheet.rows.map((r) => ({ key: columnText(employeeNoCol, r.cells[at]), row: r.number })).filter((r) => r.key !== ""));
  const rowByNumber = new Map(sheet.rows.map((r) => [r.number, r]));
  for (const [row, first] of repeats) {
    problems.add({ row, column: header("employeeNo"), value: columnText(employeeNoCol, rowByNumber.get(row)!.cells[at]), message: "imports.error.repeatedEmployeeNo", params: { first } });
  }
  const candidates = parsed.filter((p) => !repeats.has(p.row));

  const db = await getDb();
  return db.transaction(async (tx) => {
    // One import (or roster edit) per unit at a time: the unit row is the lock.
    await tx.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, unitId)).for("update");
    const teams = await tx
      .select({ id: orgs.id, name: orgs.name })
      .from(orgs)
      .where(and(eq(orgs.unitId, unitId), eq(orgs.level, "team"), isNull(orgs.archivedAt)));
    const teamByName = new Map(teams.map((t) => [nameKey(t.name), t.id]));
    const existing = await tx
      .select({
        id: workers.id,
        employeeNo: workers.employeeNo,
        status: workers.status,
        name: workers.name,
        teamId: workers.teamId,
        gender: workers.gender,
        education: workers.education,
        skillLevel: workers.skillLevel,
        post: workers.post,
        birthDate: workers.birthDate,
      })
      .from(workers)
      .where(eq(workers.unitId, unitId));
    const byNo = new Map(existing.map((w) => [w.employeeNo, w]));

    const inserts: NewWorker[] = [];
    const updates: (RosterFacts & { id: string; employeeNo: string; before: Partial<RosterFacts> })[] = [];
    let unchanged = 0;
    for (const { row, values, text } of candidates) {
      const teamId = teamByName.get(nameKey(values.team));
      if (!teamId) {
        problems.add({ row, column: header("team"), value: text.team!, message: "imports.error.teamNotInUnit", params: { unit: user.orgName } });
        continue;
      }
      const current = byNo.get(values.employeeNo);
      if (current?.status === "left") {
        problems.add({ row, column: header("employeeNo"), value: values.employeeNo, message: "imports.error.workerLeft", params: { name: current.name } });
        continue;
      }
      if (problems.any) continue; // nothing will be written: only keep looking for problems
      // Blank optional cells keep what the roster holds; for a new worker they mean "none".
      const next: RosterFacts = {
        name: values.name,
        teamId,
        gender: values.gender,
        education: values.education,
        skillLevel: current && text.skillLevel === "" ? current.skillLevel : values.skillLevel,
        post: current && values.post === null ? current.post : values.post,
        birthDate: current && values.birthDate === null ? current.birthDate : values.birthDate,
      };
      if (!current) {
        inserts.push({ ...(next as Omit<NewWorker, "unitId" | "countyId" | "employeeNo">), employeeNo: values.employeeNo, unitId, countyId: user.countyId });
        continue;
      }
      const before: Partial<RosterFacts> = {};
      for (const k of ROSTER_FACTS) if ((current[k] ?? null) !== next[k]) before[k] = current[k] ?? null;
      if (Object.keys(before).length === 0) unchanged++;
      else updates.push({ ...next, id: current.id, employeeNo: values.employeeNo, before });
    }
    if (problems.any) return problems.outcome(sheet.rows.length);

    const toWrite = inserts.length + updates.length;
    await writeRosterRows(tx, unitId, inserts, updates, (written) => opts.onProgress({ type: "progress", phase: "writing", done: written, total: toWrite }));
    const summary = { created: inserts.length, updated: updates.length, unchanged };
    await writeAudit(tx, {
      actorId: user.id,
      action: "workers.imported",
      entity: "org",
      entityId: unitId,
      countyId: user.countyId,
      after: {
        file: opts.filename,
        sha256: createHash("sha256").update(buf).digest("hex"),
        rows: sheet.rows.length,
        ...summary,
        createdEmployeeNos: inserts.map((w) => w.employeeNo),
        changes: updates.map((u) => ({ employeeNo: u.employeeNo, before: u.before, after: Object.fromEntries(Object.keys(u.before).map((k) => [k, u[k as keyof RosterFacts]])) })),
      },
    });
    return { ok: true, rows: sheet.rows.length, summary };
  });
}
