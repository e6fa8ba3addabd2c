import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { orgs, type NewOrg } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { TEAM_KINDS, type TeamKind, type UnitKind } from "@/lib/domain/enums";
import { optionalText } from "@/lib/forms/fields";
import { unitInputSchema } from "@/lib/org/schemas";
import { cellText, nameKey, normaliseName } from "./cells";
import { ORG_COLUMNS, ORG_EXPORT_ONLY } from "./columns";
import { readFirstSheet } from "./read-sheet";
import { matchHeaders } from "./rules";
import type { ImportOutcome } from "./types";
import { headerProblem, ProblemList, validateRows, type Progress } from "./validate";

/**
 * One row of the organisation file: a unit (the unit form's fields), and optionally one of its teams
 * (the team form's fields). A unit with several teams takes several rows.
 */
export const orgImportRowSchema = z
  .object({
    unitName: unitInputSchema.shape.name,
    unitKind: unitInputSchema.shape.unitKind,
    industry: unitInputSchema.shape.industry,
    contactName: unitInputSchema.shape.contactName,
    contactPhone: unitInputSchema.shape.contactPhone,
    teamName: optionalText(60),
    teamKind: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(TEAM_KINDS, { error: "validation.invalidOption" }).optional()),
  })
  .superRefine((v, ctx) => {
    if (v.teamName && !v.teamKind) ctx.addIssue({ code: "custom", path: ["teamKind"], message: "validation.required" });
    if (!v.teamName && v.teamKind) ctx.addIssue({ code: "custom", path: ["teamName"], message: "validation.required" });
  });

const UNIT_FIELDS = ["industry", "contactName", "contactPhone"] as const;

interface UnitPlan {
  name: string;
  firstRow: number;
  unitKind: UnitKind;
  industry: string | null;
  contactName: string | null;
  contactPhone: string | null;
  teams: Map<string, { name: string; teamKind: TeamKind; row: number }>;
}

/**
 * Imports units and their teams into the office's county. Units are matched by name among the
 * county's live units, teams by name within their unit; new ones are created, known ones updated
 * (type, and the optional fields a cell fills in), so importing the same file again changes nothing.
 * Rows about one unit must agree with each other. With any problem nothing is written.
 */
export async function importOrgs(user: CurrentUser, buf: Buffer, opts: { filename: string; onProgress: Progress }): Promise<ImportOutcome> {
  if (!can(user, "units.manage")) return { ok: false, fileProblem: { message: "errors.forbidden" } };
  const sheet = await readFirstSheet(buf, (n) => opts.onProgress({ type: "progress", phase: "reading", done: n, total: null }));
  if (!sheet.ok) return { ok: false, fileProblem: sheet.problem };
  const match = matchHeaders(sheet.header.cells.map(cellText), ORG_COLUMNS, ORG_EXPORT_ONLY);
  if (!match.ok) return { ok: false, fileProblem: headerProblem(match) };
  const header = (key: string) => match.headers[key as keyof typeof match.headers] ?? null;

  const problems = new ProblemList();
  const parsed = await validateRows(sheet.rows, ORG_COLUMNS, match, orgImportRowSchema, problems, opts.onProgress);

  // Gather the file into units with their teams; rows about the same unit must not contradict.
  const plans = new Map<string, UnitPlan>();
  for (const { row, values, text } of parsed) {
    const key = nameKey(values.unitName);
    let plan = plans.get(key);
    if (!plan) {
      plan = { name: normaliseName(values.unitName), firstRow: row, unitKind: values.unitKind, industry: null, contactName: null, contactPhone: null, teams: new Map() };
      plans.set(key, plan);
    } else if (plan.unitKind !== values.unitKind) {
      problems.add({ row, column: header("unitKind"), value: text.unitKind!, message: "imports.error.conflictsWithRow", params: { first: plan.firstRow } });
      continue;
    }
    for (const f of UNIT_FIELDS) {
      const v = values[f];
      if (v === null) continue;
      if (plan[f] !== null && plan[f] !== v) problems.add({ row, column: header(f), value: v, message: "imports.error.conflictsWithRow", params: { first: plan.firstRow } });
      else plan[f] = v;
    }
    if (values.teamName) {
      const teamKey = nameKey(values.teamName);
      const seen = plan.teams.get(teamKey);
      if (seen) problems.add({ row, column: header("teamName"), value: text.teamName!, message: "imports.error.repeatedTeam", params: { first: seen.row } });
      else plan.teams.set(teamKey, { name: normaliseName(values.teamName), teamKind: values.teamKind!, row });
    }
  }
  if (problems.any) return problems.outcome(sheet.rows.length);

  const db = await getDb();
  return db.transaction(async (tx) => {
    // One organisation import per county at a time: the county row is the lock.
    await tx.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, user.countyId)).for("update");
    const live = await tx
      .select({ id: orgs.id, level: orgs.level, name: orgs.name, unitId: orgs.unitId, unitKind: orgs.unitKind, teamKind: orgs.teamKind, industry: orgs.industry, contactName: orgs.contactName, contactPhone: orgs.contactPhone })
      .from(orgs)
      .where(and(eq(orgs.countyId, user.countyId), isNull(orgs.archivedAt), sql`${orgs.level} in ('unit', 'team')`));
    const unitsByName = new Map(live.filter((o) => o.level === "unit").map((u) => [nameKey(u.name), u]));
    const teamsByUnit = new Map<string, Map<string, (typeof live)[number]>>();
    for (const t of live.filter((o) => o.level === "team")) {
      if (!teamsByUnit.has(t.unitId!)) teamsByUnit.set(t.unitId!, new Map());
      teamsByUnit.get(t.unitId!)!.set(nameKey(t.name), t);
    }

    const summary = { unitsCreated: 0, unitsUpdated: 0, teamsCreated: 0, teamsUpdated: 0, unchanged: 0 };
    const changes: unknown[] = [];
    const newUnits: NewOrg[] = [];
    const newTeams: NewOrg[] = [];
    const createdTeams: string[] = [];
    let done = 0;
    for (const plan of plans.values()) {
      const current = unitsByName.get(nameKey(plan.name));
      let unitId: string;
      if (!current) {
        unitId = randomUUID();
        newUnits.push({ id: unitId, level: "unit", parentId: user.countyId, countyId: user.countyId, unitId, name: plan.name, unitKind: plan.unitKind, industry: plan.industry, contactName: plan.contactName, contactPhone: plan.contactPhone });
        summary.unitsCreated++;
      } else {
        unitId = current.id;
        // Blank optional cells keep what is there.
        const next = {
          unitKind: plan.unitKind,
          industry: plan.industry ?? current.industry,
          contactName: plan.contactName ?? current.contactName,
          contactPhone: plan.contactPhone ?? current.contactPhone,
        };
        const before = Object.fromEntries(Object.entries(next).filter(([k, v]) => current[k as keyof typeof next] !== v).map(([k]) => [k, current[k as keyof typeof next]]));
        if (Object.keys(before).length) {
          await tx.update(orgs).set({ ...next, version: sql`${orgs.version} + 1` }).where(eq(orgs.id, unitId));
          changes.push({ unit: plan.name, before, after: Object.fromEntries(Object.keys(before).map((k) => [k, next[k as keyof typeof next]])) });
          summary.unitsUpdated++;
        } else summary.unchanged++;
      }
      const existingTeams = teamsByUnit.get(unitId) ?? new Map();
      for (const team of plan.teams.values()) {
        const t = existingTeams.get(nameKey(team.name));
        if (!t) {
          newTeams.push({ level: "team", parentId: unitId, countyId: user.countyId, unitId, name: team.name, teamKind: team.teamKind });
          createdTeams.push(`${plan.name} / ${team.name}`);
          summary.teamsCreated++;
        } else if (t.teamKind !== team.teamKind) {
          await tx.update(orgs).set({ teamKind: team.teamKind, version: sql`${orgs.version} + 1` }).where(eq(orgs.id, t.id));
          changes.push({ unit: plan.name, team: team.name, before: { teamKind: t.teamKind }, after: { teamKind: team.teamKind } });
          summary.teamsUpdated++;
        } else summary.unchanged++;
      }
      if (++done % 200 === 0) await opts.onProgress({ type: "progress", phase: "writing", done, total: plans.size });
    }
    // Units before teams: a team's parent must exist.
    for (let i = 0; i < newUnits.length; i += 500) await tx.insert(orgs).values(newUnits.slice(i, i + 500));
    for (let i = 0; i < newTeams.length; i += 500) await tx.insert(orgs).values(newTeams.slice(i, i + 500));
    await opts.onProgress({ type: "progress", phase: "writing", done: plans.size, total: plans.size });
    await writeAudit(tx, {
      actorId: user.id,
      action: "orgs.imported",
      entity: "org",
      entityId: user.countyId,
      countyId: user.countyId,
      after: {
        file: opts.filename,
        sha256: createHash("sha256").update(buf).digest("hex"),
        rows: sheet.rows.length,
        ...summary,
        createdUnits: newUnits.map((u) => u.name),
        createdTeams,
        changes,
      },
    });
    return { ok: true, rows: sheet.rows.length, summary };
  });
}
