import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import type { CurrentUser } from "@/lib/auth/load-user";

/*
 * Hostile input, everywhere (issue 13): every exported server action (lib/**\/actions.ts and
 * lib/**\/*-actions.ts) and every handler under app/api is called, as each role, with the ids of real
 * demo rows and one field at a time replaced by a hostile value: NUL, lone surrogates, control
 * characters, 2^31, 1e308, -1, NaN, `true`, 1 MB strings, arrays and objects where text is expected,
 * missing fields, malformed ids. Nothing may throw out of an action (but next/navigation's redirect and
 * notFound, which are control flow), no route may answer 5xx, and a refused request changes nothing:
 * every table carries a row trigger that logs each committed write, so "nothing changed" is checked
 * per call, exactly, at the cost of one small query.
 *
 * The cases are generated from the ACTIONS and ROUTES tables below; an action or route without an
 * entry fails the first test, so a new one cannot go unfuzzed.
 */

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));

vi.mock("@/lib/auth/current-user", async () => {
  const { redirect } = await import("next/navigation");
  return {
    getCurrentUser: async () => session.user,
    requireUser: async () => {
      if (!session.user) redirect("/login");
      return session.user;
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  const cookies = {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
  return { cookies: async () => cookies, headers: async () => new Headers({ "user-agent": "fuzz" }) };
});
// next-auth's package does not load under vitest (it imports "next/server" without an extension).
vi.mock("next-auth", () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {
    code = "credentials";
  }
  return { AuthError, CredentialsSignin, default: () => ({}) };
});
vi.mock("@/auth", async () => {
  const { redirect } = await import("next/navigation");
  const { CredentialsSignin } = await import("next-auth");
  const { authorizeCredentials } = await import("@/lib/auth/login");
  return {
    auth: async () => null,
    // What Auth.js does with the credentials provider: run its authorize (the app's own code) and
    // throw CredentialsSignin with the refusal's code.
    signIn: async (_provider: string, credentials: Record<string, unknown>) => {
      const outcome = await authorizeCredentials(credentials, new Headers());
      if (!outcome.ok) throw Object.assign(new CredentialsSignin(), { code: outcome.reason });
    },
    signOut: async (opts?: { redirectTo?: string }) => redirect(opts?.redirectTo ?? "/"),
    handlers: { GET: async () => new Response(null, { status: 404 }), POST: async () => new Response(null, { status: 404 }) },
  };
});

const { TEST_DATABASES, useTestDatabase } = await import("@/test/databases");
const { seedDemo } = await import("@/db/seed/demo");
const { loadActiveUser } = await import("@/lib/auth/load-user");
const { chartUrl } = await import("@/lib/charts/chart-url");
const { chinaToday } = await import("@/lib/time");
const { KINDS } = await import("@/lib/records/kinds");

type Role = "office" | "union" | "leader";
const ROLES: readonly Role[] = ["office", "union", "leader"];
type Db = Awaited<ReturnType<typeof useTestDatabase>>["db"];
type Row = Record<string, unknown>;
type FormShape = Record<string, string | string[] | File>;

// ---- hostile values ------------------------------------------------------------------------------

const MB = "x".repeat(1 << 20);
const NIL = "00000000-0000-0000-0000-000000000000";

/** Text a form field may carry: each replaces one field of an otherwise valid form. */
const HOSTILE_TEXT: readonly string[] = [
  "",
  "\u0000",
  "名\u0000称",
  // FormData keeps strings as USVString: a lone surrogate arrives as U+FFFD (the JSON routes get the real thing).
  "\uD800",
  "\u0007\u001b[31m\u007f",
  "\u202e反转",
  "2147483648",
  "1e308",
  "-1",
  "NaN",
  "true",
  "1.5",
  "0x10",
  "１２",
  "'; drop table users; --",
  NIL,
  MB,
];

/** Values a forged request can bind to an action's arguments (React's reply encoding carries all of these). */
const HOSTILE_ARGS: readonly unknown[] = [
  "",
  "\u0000",
  "\uD800",
  "not-a-uuid",
  NIL,
  `${NIL}\u0000`,
  ` ${NIL}`,
  MB,
  2 ** 31,
  1e308,
  -1,
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1.5,
  true,
  false,
  null,
  undefined,
  [],
  [NIL],
  {},
  { id: NIL, toString: "x" },
  new Date(Number.NaN),
  10n,
  new Map([["a", 1]]),
];

/** JSON values for a JSON route's fields. */
const HOSTILE_JSON: readonly unknown[] = [
  "",
  "\u0000",
  "\uD800",
  "\u0007",
  2 ** 31,
  1e308,
  -1,
  0,
  1.5,
  "1",
  "NaN",
  true,
  false,
  null,
  [],
  ["\u0000"],
  {},
  { a: { b: { c: [] } } },
  NIL,
  MB,
];

// ---- the demo rows each case starts from -----------------------------------------------------------

async function rows(db: Db, query: string): Promise<Row[]> {
  const result = (await db.execute(sql.raw(query))) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}
async function one(db: Db, query: string): Promise<Row> {
  const [row] = await rows(db, query);
  if (!row) throw new Error(`fuzz setup: no row for ${query}`);
  return row;
}
const str = (v: unknown) => String(v);
const THIS_YEAR = Number(chinaToday().slice(0, 4));

interface Ctx {
  db: Db;
  who: Record<Role, CurrentUser>;
  photo: File;
  today: string;
}

/** A valid form for a record kind: every field filled as the form would send it. */
async function recordForm(ctx: Ctx, kind: string, teamId: string): Promise<FormShape> {
  const workers = (await rows(ctx.db, `select id from workers where team_id = '${teamId}' and status = 'active' order by id limit 3`)).map((r) => str(r.id));
  const form: FormShape = {};
  for (const field of KINDS[kind as keyof typeof KINDS].fields) {
    switch (field.type) {
      case "text":
      case "textarea":
        form[field.name] = "模糊测试";
        break;
      case "date":
        form[field.name] = ctx.today;
        break;
      case "number":
        form[field.name] = String(Math.max(field.min, field.step));
        break;
      case "boolean":
        form[field.name] = "on";
        break;
      case "select":
        form[field.name] = field.options[0]!;
        break;
      case "multiselect":
        form[field.name] = [field.options[0]!];
        break;
      case "workers":
        form[field.name] = workers.slice(0, Math.max(1, field.min));
        break;
      case "team":
        form[field.name] = "";
        break;
    }
  }
  return form;
}

const leaderTeam = (ctx: Ctx) => ctx.who.leader.orgId;
/** A record form as the JSON route's `values` (checkboxes are booleans there). */
const asValues = (form: FormShape) => Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v === "on" ? true : v]));

/** The newest record of the leader's team in `status`, made (through the data layer) when every one was spent. */
async function recordIn(ctx: Ctx, status: string, kind = "innovation"): Promise<Row> {
  const query = `select id, version, kind from records where team_id = '${leaderTeam(ctx)}' and status = '${status}' and kind = '${kind}' order by created_at desc limit 1`;
  const [found] = await rows(ctx.db, query);
  if (found) return found;
  const { createRecord } = await import("@/lib/records/mutations");
  const made = await createRecord(ctx.who.leader, kind as "innovation", asValues(await recordForm(ctx, kind, leaderTeam(ctx))), { submit: status !== "draft" });
  if (!made.ok) throw new Error(`fuzz setup: no record (${JSON.stringify(made)})`);
  if (status !== "draft" && status !== "submitted") await ctx.db.execute(sql.raw(`update records set status = '${status}' where id = '${made.data!.id}'`));
  return one(ctx.db, query);
}
/** An evaluation of the union's unit this year in `status`; when calls have moved every one on, one is put back by hand. */
async function evaluationIn(ctx: Ctx, status: string, scope: "unit" | "team" = "unit"): Promise<Row> {
  const where = scope === "unit" ? `e.unit_id = '${ctx.who.union.orgId}'` : `e.team_id = '${leaderTeam(ctx)}'`;
  const of = `from evaluations e join periods p on p.id = e.period_id where p.year = ${THIS_YEAR} and ${where}`;
  const query = `select e.id, e.version ${of} and e.status = '${status}' order by e.target = 'worker' desc, e.created_at limit 1`;
  const [found] = await rows(ctx.db, query);
  if (found) return found;
  const [any] = await rows(ctx.db, `select e.id ${of} order by e.target = 'worker' desc, e.created_at limit 1`);
  if (!any) throw new Error("fuzz setup: no evaluation in the union's unit");
  await ctx.db.execute(sql.raw(`update evaluations set status = '${status}' where id = '${any.id}'`));
  return one(ctx.db, query);
}
/** This year's period, open again if a call closed it (every later case works in an open year). */
async function openPeriod(ctx: Ctx): Promise<Row> {
  await ctx.db.execute(sql.raw(`update periods set status = 'open', closed_at = null, closed_by = null where year = ${THIS_YEAR} and status <> 'open'`));
  return one(ctx.db, `select id, version from periods where year = ${THIS_YEAR}`);
}
/** Last year's period, closed again if a call reopened it. */
async function closedPeriod(ctx: Ctx): Promise<Row> {
  await ctx.db.execute(sql.raw(`update periods set status = 'closed', closed_at = now(), closed_by = '${ctx.who.office.id}' where year = ${THIS_YEAR - 1} and status <> 'closed'`));
  return one(ctx.db, `select id, version from periods where year = ${THIS_YEAR - 1}`);
}
const draftScheme = (ctx: Ctx) => one(ctx.db, `select id, revision from evaluation_schemes where status = 'draft' order by created_at limit 1`);
const publishedScheme = (ctx: Ctx) => one(ctx.db, `select id from evaluation_schemes where status = 'published' order by created_at desc limit 1`);
const indicatorOf = (ctx: Ctx, schemeId: unknown) => one(ctx.db, `select id from evaluation_indicators where scheme_id = '${schemeId}' order by position limit 1`);
const itemOf = (ctx: Ctx, schemeId: unknown) => one(ctx.db, `select id, indicator_id from evaluation_items where scheme_id = '${schemeId}' order by position limit 1`);
const leaderWorker = (ctx: Ctx, status = "active") =>
  one(ctx.db, `select id, version from workers where team_id = '${leaderTeam(ctx)}' and status = '${status}' order by employee_no desc limit 1`);
/** An account no fuzzed role acts as: its password resets and (de)activation may succeed. */
const spareAccount = (ctx: Ctx) =>
  one(ctx.db, `select u.id, u.org_id from users u join orgs o on o.id = u.org_id where u.role = 'leader' and o.unit_id = '${ctx.who.union.orgId}' and u.username <> 'leader' order by u.username limit 1`);

interface Base {
  /** Arguments before (prevState, formData), or all of them for an action without a form. */
  args: unknown[];
  form?: FormShape;
}

interface ActionCase {
  /** Builds a valid call for this role from the database as it is now. */
  base: (ctx: Ctx, role: Role) => Promise<Base>;
  /** Tables a refused call may still write (and why): the login throttle counts failures. */
  refusedWrites?: readonly string[];
  /** Roles to fuzz in full (whose work it is); the others get every argument and field with a quarter of the values. */
  roles?: readonly Role[];
  /** Puts back what the calls that went through changed, for the entries after this one. */
  after?: (ctx: Ctx) => Promise<unknown>;
  /** Acts without a signed-in user (login): fuzzed once, not per role. */
  sessionless?: boolean;
}

const noArgs = async (): Promise<Base> => ({ args: [] });

/** Every exported server action, keyed "<module path>#<export>". */
const ACTIONS: Record<string, ActionCase> = {
  // account & auth
  "lib/account/actions.ts#changeOwnPassword": { roles: ["leader"],
    base: async () => ({ args: [], form: { currentPassword: "demo12345", newPassword: "Fuzz-new-pass-9", confirmPassword: "Fuzz-new-pass-9" } }),
  },
  "lib/auth/actions.ts#login": { roles: ["leader"], sessionless: true,
    base: async () => ({ args: [], form: { username: "union2", password: "demo12345" } }),
    refusedWrites: ["login_failures", "users", "audit_log"],
  },
  "lib/auth/actions.ts#logout": { base: noArgs },
  "lib/i18n/actions.ts#changeLocale": { base: async () => ({ args: ["en"] }) },
  // accounts
  "lib/accounts/actions.ts#createAccountAction": { roles: ["union"],
    base: async (ctx) => ({ args: [leaderTeam(ctx)], form: { username: `fz${randomUUID().slice(0, 8)}`, displayName: "模糊" } }),
  },
  "lib/accounts/actions.ts#resetPasswordAction": { roles: ["union"],
    base: async (ctx) => {
      const u = await spareAccount(ctx);
      return { args: [u.id, u.org_id] };
    },
  },
  "lib/accounts/actions.ts#setAccountActiveAction": { roles: ["union"],
    base: async (ctx) => {
      const u = await spareAccount(ctx);
      return { args: [u.id, u.org_id, true] };
    },
  },
  // org
  "lib/org/actions.ts#saveUnitAction": { roles: ["office"],
    base: async (ctx) => {
      const unit = await one(ctx.db, `select id, version from orgs where id = '${ctx.who.union.orgId}'`);
      return { args: [unit.id], form: { name: "红星集团", unitKind: "enterprise", industry: "乳制品制造", contactName: "赵丽华", contactPhone: "0455-8231067", version: str(unit.version) } };
    },
  },
  "lib/org/actions.ts#saveTeamAction": { roles: ["union"],
    base: async (ctx) => {
      const team = await one(ctx.db, `select id, version, name from orgs where id = '${leaderTeam(ctx)}'`);
      return { args: [team.id], form: { name: str(team.name), teamKind: "team", version: str(team.version) } };
    },
  },
  "lib/org/actions.ts#archiveOrgAction": { roles: ["union"], base: async (ctx) => ({ args: [leaderTeam(ctx)] }) },
  "lib/org/actions.ts#restoreOrgAction": { roles: ["union"], base: async (ctx) => ({ args: [leaderTeam(ctx)] }) },
  // workers
  "lib/workers/actions.ts#saveWorkerAction": { roles: ["union"],
    base: async (ctx) => {
      const w = await one(ctx.db, `select * from workers where team_id = '${leaderTeam(ctx)}' and status = 'active' order by employee_no limit 1`);
      return {
        args: [w.id],
        form: { name: str(w.name), employeeNo: str(w.employee_no), teamId: str(w.team_id), gender: str(w.gender), education: str(w.education), skillLevel: str(w.skill_level), post: "", birthDate: "1990-05-05", version: str(w.version) },
      };
    },
  },
  "lib/workers/actions.ts#markWorkerLeftAction": { roles: ["union"],
    base: async (ctx) => {
      const w = await leaderWorker(ctx);
      return { args: [w.id, Number(w.version)] };
    },
  },
  "lib/workers/actions.ts#rejoinWorkerAction": { roles: ["union"],
    base: async (ctx) => {
      const w = await leaderWorker(ctx);
      return { args: [w.id, Number(w.version)] };
    },
  },
  "lib/workers/actions.ts#deleteWorkerAction": { roles: ["union"], base: async (ctx) => ({ args: [(await leaderWorker(ctx)).id] }) },
  // records
  "lib/records/actions.ts#updateRecordAction": { roles: ["leader"],
    base: async (ctx) => {
      const r = await recordIn(ctx, "draft");
      return { args: [r.id, r.kind], form: { ...(await recordForm(ctx, str(r.kind), leaderTeam(ctx))), version: str(r.version), intent: "save" } };
    },
  },
  "lib/records/actions.ts#submitRecordAction": { roles: ["leader"], base: async (ctx) => transitionBase(ctx, "draft") },
  "lib/records/actions.ts#withdrawRecordAction": { roles: ["leader"], base: async (ctx) => transitionBase(ctx, "submitted") },
  "lib/records/actions.ts#approveRecordAction": { roles: ["union"], base: async (ctx) => transitionBase(ctx, "submitted") },
  "lib/records/actions.ts#rejectRecordAction": { roles: ["union"], base: async (ctx) => transitionBase(ctx, "submitted", "写得不够具体") },
  "lib/records/actions.ts#reopenRecordAction": { roles: ["union"], base: async (ctx) => transitionBase(ctx, "approved", "需要补充材料") },
  "lib/records/actions.ts#addEvidenceAction": { roles: ["leader"],
    base: async (ctx) => ({ args: [(await recordIn(ctx, "draft")).id], form: { evidence: ctx.photo } }),
  },
  "lib/records/actions.ts#removeEvidenceAction": { roles: ["leader"],
    base: async (ctx) => {
      const query = `select a.id, a.record_id from attachments a join records r on r.id = a.record_id where r.team_id = '${leaderTeam(ctx)}' and r.status = 'draft' limit 1`;
      if (!(await rows(ctx.db, query)).length) {
        const { addEvidence } = await import("@/lib/records/mutations");
        await addEvidence(ctx.who.leader, str((await recordIn(ctx, "draft")).id), [ctx.photo]);
      }
      const a = await one(ctx.db, query);
      return { args: [a.record_id, a.id] };
    },
  },
  "lib/records/review-actions.ts#approveManyAction": { roles: ["union"],
    base: async (ctx) => {
      const r = await recordIn(ctx, "submitted");
      return { args: [], form: { selected: [`${r.id}:${r.version}`] } };
    },
  },
  "lib/records/review-actions.ts#rejectManyAction": { roles: ["union"],
    base: async (ctx) => {
      const r = await recordIn(ctx, "submitted");
      return { args: [], form: { selected: [`${r.id}:${r.version}`], reason: "请补充照片" } };
    },
  },
  "lib/records/review-actions.ts#approveProposalAction": { roles: ["union"],
    base: async (ctx) => {
      const r = await recordIn(ctx, "submitted", "proposal");
      return { args: [r.id], form: { adopted: "on", implemented: "on", benefitYuan: "1200.50", version: str(r.version) } };
    },
  },
  // nudges
  "lib/nudges/actions.ts#nudgeOrgAction": { roles: ["office"], base: async (ctx) => ({ args: [ctx.who.union.orgId] }) },
  "lib/nudges/actions.ts#dismissNudgeAction": { roles: ["union"],
    base: async (ctx) => {
      const query = `select id from nudges where to_org_id = '${ctx.who.union.orgId}' and read_at is null limit 1`;
      if (!(await rows(ctx.db, query)).length) await (await import("@/lib/nudges/mutations")).nudgeOrg(ctx.who.office, ctx.who.union.orgId);
      return { args: [(await one(ctx.db, query)).id] };
    },
  },
  // years
  "lib/periods/actions.ts#closeYearAction": { roles: ["office"],
    after: openPeriod,
    base: async (ctx) => {
      const p = await openPeriod(ctx);
      return { args: [p.id], form: { version: str(p.version), acknowledge: "on" } };
    },
  },
  "lib/periods/actions.ts#reopenYearAction": { roles: ["office"],
    after: closedPeriod,
    base: async (ctx) => {
      const p = await closedPeriod(ctx);
      return { args: [p.id], form: { version: str(p.version), reason: "补录遗漏的记录" } };
    },
  },
  "lib/periods/actions.ts#openDueYearsAction": { base: noArgs },
  "lib/periods/actions.ts#prepareSchemesAction": { roles: ["office"], base: async (ctx) => ({ args: [(await openPeriod(ctx)).id] }) },
  // evaluations
  "lib/evaluations/actions.ts#openEvaluationAction": { base: noArgs },
  "lib/evaluations/actions.ts#saveSelfAssessmentAction": { roles: ["leader"], base: async (ctx) => scoresBase(ctx, "draft", "self", "save") },
  "lib/evaluations/actions.ts#reviewEvaluationAction": { roles: ["union"], base: async (ctx) => scoresBase(ctx, "submitted", "review", "accept") },
  "lib/evaluations/actions.ts#returnEvaluationAction": { roles: ["union"],
    base: async (ctx) => {
      const e = await evaluationIn(ctx, "submitted");
      return { args: [e.id], form: { version: str(e.version), reason: "请补充佐证材料" } };
    },
  },
  "lib/evaluations/actions.ts#confirmEvaluationAction": { roles: ["office"],
    base: async (ctx) => {
      const e = await evaluationIn(ctx, "accepted");
      return { args: [e.id], form: { version: str(e.version) } };
    },
  },
  "lib/evaluations/actions.ts#nominateWorkersAction": { roles: ["leader"],
    base: async (ctx) => ({ args: [], form: { workerIds: [str((await leaderWorker(ctx)).id)] } }),
  },
  "lib/evaluations/actions.ts#withdrawNominationAction": { roles: ["leader"],
    base: async (ctx) => {
      const e = await evaluationIn(ctx, "draft", "team");
      return { args: [e.id], form: { version: str(e.version) } };
    },
  },
  // evaluation schemes
  "lib/evaluations/scheme-actions.ts#addIndicatorAction": { base: async (ctx) => ({ args: [(await draftScheme(ctx)).id], form: { name: "安全生产" } }) },
  "lib/evaluations/scheme-actions.ts#renameIndicatorAction": {
    base: async (ctx) => {
      const s = await draftScheme(ctx);
      return { args: [s.id, (await indicatorOf(ctx, s.id)).id], form: { name: "安全与质量" } };
    },
  },
  "lib/evaluations/scheme-actions.ts#deleteIndicatorAction": {
    base: async (ctx) => {
      const s = await draftScheme(ctx);
      return { args: [s.id, (await indicatorOf(ctx, s.id)).id] };
    },
  },
  "lib/evaluations/scheme-actions.ts#moveIndicatorAction": {
    base: async (ctx) => {
      const s = await draftScheme(ctx);
      return { args: [s.id, (await indicatorOf(ctx, s.id)).id, "down"] };
    },
  },
  "lib/evaluations/scheme-actions.ts#saveItemAction": {
    base: async (ctx) => {
      const s = await draftScheme(ctx);
      const item = await itemOf(ctx, s.id);
      return {
        args: [s.id, item.indicator_id, item.id],
        form: { name: "按时完成任务", maxPoints: "10", guidance: "看记录", evidence: "台账", mode: "manual", veto: "", metric: "", mapping: "", full: "", stepMin: [], stepPoints: [] },
      };
    },
  },
  "lib/evaluations/scheme-actions.ts#deleteItemAction": {
    base: async (ctx) => {
      const s = await draftScheme(ctx);
      return { args: [s.id, (await itemOf(ctx, s.id)).id] };
    },
  },
  "lib/evaluations/scheme-actions.ts#moveItemAction": {
    base: async (ctx) => {
      const s = await draftScheme(ctx);
      return { args: [s.id, (await itemOf(ctx, s.id)).id, "down"] };
    },
  },
  "lib/evaluations/scheme-actions.ts#updateBandsAction": { base: async (ctx) => ({ args: [(await draftScheme(ctx)).id], form: { excellent: "90", good: "80", pass: "60" } }) },
  "lib/evaluations/scheme-actions.ts#publishSchemeAction": {
    base: async (ctx) => {
      const s = await draftScheme(ctx);
      return { args: [s.id], form: { revision: str(s.revision) } };
    },
  },
  "lib/evaluations/scheme-actions.ts#copySchemeAction": {
    base: async (ctx) => ({ args: [(await publishedScheme(ctx)).id], form: { periodId: str((await openPeriod(ctx)).id) } }),
  },
  "lib/evaluations/scheme-actions.ts#createDefaultSchemeAction": {
    base: async (ctx) => ({ args: [], form: { periodId: str((await openPeriod(ctx)).id), target: "team" } }),
  },
  "lib/evaluations/scheme-actions.ts#deleteDraftSchemeAction": { base: async (ctx) => ({ args: [(await draftScheme(ctx)).id] }) },
  // publications and titles
  "lib/titles/actions.ts#publishResultsAction": { roles: ["office"],
    base: async (ctx) => ({ args: [], form: { periodId: str((await openPeriod(ctx)).id), target: "worker", startsOn: ctx.today, endsOn: ctx.today } }),
  },
  "lib/titles/actions.ts#reschedulePublicationAction": { roles: ["office"],
    base: async (ctx) => {
      const p = await one(ctx.db, `select id, version, starts_on, ends_on from evaluation_publications order by created_at desc limit 1`);
      return { args: [p.id], form: { version: str(p.version), startsOn: str(p.starts_on).slice(0, 10), endsOn: str(p.ends_on).slice(0, 10) } };
    },
  },
  "lib/titles/actions.ts#nameTitlesAction": { roles: ["office"],
    base: async (ctx) => {
      const p = await one(ctx.db, `select id, version, evaluation_ids from evaluation_publications order by created_at desc limit 1`);
      const ids = (Array.isArray(p.evaluation_ids) ? p.evaluation_ids : []).map(String);
      return { args: [p.id], form: { version: str(p.version), evaluationIds: ids.slice(0, 2) } };
    },
  },
  "lib/titles/actions.ts#withdrawTitleAction": { roles: ["office"],
    base: async (ctx) => {
      const t = await one(ctx.db, `select id, version from titles where status = 'held' order by year desc, named_at desc limit 1`);
      return { args: [t.id], form: { version: str(t.version), reason: "材料不实" } };
    },
  },
};

async function transitionBase(ctx: Ctx, status: string, reason?: string): Promise<Base> {
  const r = await recordIn(ctx, status);
  return { args: [r.id], form: { version: str(r.version), ...(reason ? { reason } : {}) } };
}

async function scoresBase(ctx: Ctx, status: string, prefix: "self" | "review", intent: string): Promise<Base> {
  const e = await evaluationIn(ctx, status, prefix === "self" ? "team" : "unit");
  const items = await rows(ctx.db, `select i.id, i.max_points from evaluation_items i join evaluations e on e.scheme_id = i.scheme_id where e.id = '${e.id}' order by i.position`);
  const form: FormShape = { version: str(e.version), intent };
  for (const it of items) {
    const points = str(Math.min(5, Number(it.max_points)));
    if (prefix === "self") Object.assign(form, { [`p_${it.id}`]: points, [`n_${it.id}`]: "自评说明" });
    else Object.assign(form, { [`r_${it.id}`]: points, [`rn_${it.id}`]: "" });
  }
  return { args: [e.id], form };
}

// ---- routes --------------------------------------------------------------------------------------

interface RouteCall {
  /** What the case is, for the failure list. */
  label: string;
  request: Request;
  params?: Record<string, string>;
}

const ORIGIN = "http://localhost:3000";
const sameOrigin = (extra: Record<string, string> = {}) => ({ origin: ORIGIN, host: "localhost:3000", ...extra });

function jsonRequest(url: string, body: string, extra: Record<string, string> = {}) {
  return new Request(`${ORIGIN}${url}`, { method: "POST", headers: sameOrigin({ "content-type": "application/json", ...extra }), body });
}

/** Raw bodies every JSON route gets, whatever its fields. */
const RAW_BODIES: readonly string[] = ["", "null", "[]", "\"x\"", "{", '{"a":"\\ud800"}', '{"action":"\\u0000"}', "1e308", `{"x":"${"a".repeat(70_000)}"}`, `${"[".repeat(5000)}${"]".repeat(5000)}`, "\uFEFF{}"];

/** Every JSON object with one field of `base` replaced by each hostile value, or dropped. */
function* fieldVariants(base: Row): Generator<[string, Row]> {
  for (const key of Object.keys(base)) {
    const rest = { ...base };
    delete rest[key];
    yield [`${key} missing`, rest];
    for (const v of HOSTILE_JSON) yield [`${key}=${show(v)}`, { ...base, [key]: v }];
  }
}

interface RouteCase {
  calls: (ctx: Ctx) => Promise<RouteCall[]>;
  /** The role whose work it is gets every call; the other roles a quarter, and no one signed in the first few. */
  role?: Role;
}

const ROUTES: Record<string, RouteCase> = {
  "app/api/records/route.ts#POST": {
    role: "leader",
    calls: async (ctx) => {
      const form = await recordForm(ctx, "innovation", leaderTeam(ctx));
      const base: Row = { kind: "innovation", values: asValues(form), submit: false, clientToken: randomUUID() };
      const out: RouteCall[] = [];
      for (const body of RAW_BODIES) out.push({ label: `raw ${show(body)}`, request: jsonRequest("/api/records", body) });
      for (const [label, body] of fieldVariants(base)) out.push({ label, request: jsonRequest("/api/records", JSON.stringify({ ...body, clientToken: randomUUID() })) });
      for (const [label, values] of fieldVariants(form as Row)) {
        out.push({ label: `values.${label}`, request: jsonRequest("/api/records", JSON.stringify({ ...base, values, clientToken: randomUUID() })) });
      }
      // The multipart form, as the record form and the outbox send it.
      for (const [label, values] of formVariants(form)) {
        const fd = toFormData({ ...values, kind: "innovation", clientToken: randomUUID() });
        out.push({ label: `multipart ${label}`, request: new Request(`${ORIGIN}/api/records`, { method: "POST", headers: sameOrigin(), body: fd }) });
      }
      return out;
    },
  },
  "app/api/records/[id]/transition/route.ts#POST": {
    role: "union",
    calls: async (ctx) => {
      const r = await recordIn(ctx, "submitted");
      const base: Row = { action: "reject", version: Number(r.version), reason: "请补充" };
      const out: RouteCall[] = [];
      const at = (id: string, body: string, label: string) => ({ label, request: jsonRequest(`/api/records/x/transition`, body), params: { id } });
      for (const body of RAW_BODIES) out.push(at(str(r.id), body, `raw ${show(body)}`));
      for (const [label, body] of fieldVariants(base)) out.push(at(str(r.id), JSON.stringify(body), label));
      for (const id of ["x", NIL, `${r.id}\u0000`, "\uD800", MB.slice(0, 5000)]) out.push(at(id, JSON.stringify(base), `id=${show(id)}`));
      return out;
    },
  },
  "app/api/imports/orgs/route.ts#POST": { role: "office", calls: async () => importCalls("/api/imports/orgs") },
  "app/api/imports/workers/route.ts#POST": { role: "union", calls: async () => importCalls("/api/imports/workers") },
  "app/api/orgs/search/route.ts#GET": {
    role: "union",
    calls: async (ctx) => {
      const out: RouteCall[] = [];
      const base: Record<string, string> = { level: "team", q: "班", unit: ctx.who.union.orgId };
      for (const key of Object.keys(base)) {
        for (const v of HOSTILE_TEXT) {
          const q = new URLSearchParams({ ...base, [key]: v.length > 100_000 ? v.slice(0, 100_000) : v });
          out.push({ label: `${key}=${show(v)}`, request: new Request(`${ORIGIN}/api/orgs/search?${q}`) });
        }
      }
      out.push({ label: "repeated level", request: new Request(`${ORIGIN}/api/orgs/search?level=team&level=unit&q=%00`) });
      out.push({ label: "bad escape", request: new Request(`${ORIGIN}/api/orgs/search?level=team&q=%E4%B8`) });
      return out;
    },
  },
  "app/api/charts/svg/route.ts#GET": {
    role: "office",
    calls: async () => {
      const options: unknown[] = [
        {},
        { series: "x" },
        { series: [{ type: "nope", data: [1, 2] }] },
        { series: [{ type: "bar", data: [1e308, -1e308, null, "NaN", { value: [] }] }], xAxis: { data: ["\u0000", "\uD800"] }, yAxis: {} },
        { series: [{ type: "pie", data: [{ name: "\u0000", value: 2 ** 31 }] }] },
        { series: [{ type: "line", data: [[1, 2]] }], xAxis: { type: "time" }, yAxis: { type: "log" } },
        { title: { text: "中".repeat(5000) } },
        { dataset: { source: [[1]] }, series: [{ type: "bar" }] },
        { series: [{ type: "bar", data: [1] }], xAxis: [{}, {}], yAxis: [{ type: "value", min: "dataMax" }] },
      ];
      const out: RouteCall[] = [];
      for (const option of options) out.push({ label: `option ${show(option)}`, request: new Request(`${ORIGIN}${chartUrl({ option: option as never, width: 400, height: 300 })}`) });
      for (const c of ["", "%00", "AAAA", "x".repeat(20_000), "%ED%A0%80", "-_-_", "%E4%B8"]) out.push({ label: `c=${show(c)}`, request: new Request(`${ORIGIN}/api/charts/svg?c=${c}`) });
      out.push({ label: "sizes", request: new Request(`${ORIGIN}${chartUrl({ option: { series: [] } as never, width: 1e308, height: -1 })}`) });
      return out;
    },
  },
  "app/api/me/route.ts#GET": { calls: async () => [{ label: "me", request: new Request(`${ORIGIN}/api/me`) }] },
  "app/api/health/route.ts#GET": { calls: async () => [{ label: "health", request: new Request(`${ORIGIN}/api/health`) }] },
};

/** Routes that are not ours to fuzz, and why. */
const NOT_FUZZED: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "Auth.js's own handler; its credentials check (authorizeCredentials) is fuzzed through the login action",
  "app/api/auth/[...nextauth]/route.ts#POST": "Auth.js's own handler; its credentials check (authorizeCredentials) is fuzzed through the login action",
};

async function importCalls(url: string): Promise<RouteCall[]> {
  const JSZip = (await import("jszip")).default;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook>\u0000</workbook>");
  const notAWorkbook = await zip.generateAsync({ type: "arraybuffer" });
  const zipBomb = new JSZip();
  zipBomb.file("xl/worksheets/sheet1.xml", "<".repeat(5_000_000));
  const bomb = await zipBomb.generateAsync({ type: "arraybuffer", compression: "DEFLATE" });
  const bodies: [string, BodyInit][] = [
    ["empty", new Uint8Array()],
    ["text", "名称,类型\n\u0000,\uD800"],
    ["random", new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ["zip without a workbook", notAWorkbook],
    ["zip of 5 MB of '<'", bomb],
    ["1 MB of zeros", new Uint8Array(1 << 20)],
  ];
  const out: RouteCall[] = [];
  for (const [label, body] of bodies) {
    out.push({ label, request: new Request(`${ORIGIN}${url}`, { method: "POST", headers: sameOrigin({ "x-file-name": "%E0%A4%A" }), body }) });
  }
  out.push({ label: "file name \\u0000", request: new Request(`${ORIGIN}${url}`, { method: "POST", headers: sameOrigin({ "x-file-name": "%00%2F..%2Fa.xlsx" }), body: notAWorkbook }) });
  return out;
}

// ---- calling ---------------------------------------------------------------------------------------

function show(v: unknown): string {
  if (typeof v === "string") return v.length > 24 ? `"${JSON.stringify(v.slice(0, 12)).slice(1, -1)}…"(${v.length})` : JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (v instanceof File) return `File(${v.name})`;
  if (v instanceof Map) return "Map";
  if (v instanceof Date) return "Date(NaN)";
  if (v === undefined) return "undefined";
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : String(v);
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…(${s.length})` : s;
}

function toFormData(shape: FormShape): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(shape)) {
    if (Array.isArray(v)) for (const item of v) fd.append(k, item);
    else fd.append(k, v);
  }
  return fd;
}

/** Every form with one field replaced by each hostile text, a file, two values, or nothing. */
function* formVariants(form: FormShape, texts: readonly string[] = HOSTILE_TEXT): Generator<[string, FormShape]> {
  const junkFile = new File([new Uint8Array([0, 1, 2])], "\u0000.exe", { type: "application/x-msdownload" });
  for (const key of Object.keys(form)) {
    const rest = { ...form };
    delete rest[key];
    yield [`${key} missing`, rest];
    yield [`${key}=File`, { ...form, [key]: junkFile }];
    yield [`${key} twice`, { ...form, [key]: [...[form[key]].flat().map((v) => (v instanceof File ? v : String(v))), "\u0000"] as string[] }];
    for (const v of texts) yield [`${key}=${show(v)}`, { ...form, [key]: Array.isArray(form[key]) ? [v] : v }];
  }
  yield ["extra field", { ...form, __proto__x: "\u0000", "$ACTION_ID_x": "1" }];
}

type Outcome = { kind: "result"; ok: boolean; value?: unknown } | { kind: "control" } | { kind: "threw"; error: unknown };

/** next/navigation's redirect() and notFound() throw errors with these digests: control flow, not failures. */
function isControlFlow(err: unknown): boolean {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}

async function invoke(fn: (...a: unknown[]) => Promise<unknown>, args: unknown[]): Promise<Outcome> {
  try {
    const result = (await fn(...args)) as { ok?: unknown } | undefined;
    // An action returning nothing (logout) has no refusal to report.
    return { kind: "result", ok: result === undefined || result?.ok === true, value: result };
  } catch (error) {
    return isControlFlow(error) ? { kind: "control" } : { kind: "threw", error };
  }
}

/** Files under `dir` (relative to the repository) whose names match. */
function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => match(path.basename(f))).map((f) => path.join(dir, f).split(path.sep).join("/"));
}

const ACTION_FILES = filesUnder("lib", (n) => n === "actions.ts" || n.endsWith("-actions.ts")).filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));
const ROUTE_FILES = filesUnder("app/api", (n) => n === "route.ts");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

// ---- the write log ---------------------------------------------------------------------------------

/** A row trigger on every table logs each committed insert, update and delete (a rolled-back one leaves no trace). */
async function installWriteLog(db: Db) {
  await db.execute(sql.raw(`create table fuzz_writes (n bigserial primary key, tbl text not null)`));
  await db.execute(sql.raw(`create function fuzz_note_write() returns trigger language plpgsql as $$ begin insert into fuzz_writes (tbl) values (TG_TABLE_NAME); return null; end $$`));
  const tables = await rows(db, `select tablename from pg_tables where schemaname = 'public' and tablename <> 'fuzz_writes'`);
  for (const t of tables) {
    await db.execute(sql.raw(`create trigger fuzz_note_write after insert or update or delete on "${t.tablename}" for each row execute function fuzz_note_write()`));
  }
  return tables.length;
}

/** Per database (PGlite, then PostgreSQL when configured): the last write each has seen. */
const lastWrite = new Map<Db, number>();
/** Tables written since the previous call. */
async function writesSinceLast(db: Db): Promise<string[]> {
  const found = await rows(db, `select n, tbl from fuzz_writes where n > ${lastWrite.get(db) ?? 0} order by n`);
  if (found.length) lastWrite.set(db, Number(found[found.length - 1]!.n));
  return [...new Set(found.map((r) => str(r.tbl)))];
}

// ---- the tests ---------------------------------------------------------------------------------------

describe("every server action and JSON route has a fuzz entry", () => {
  it("ACTIONS lists exactly the exports of the 'use server' modules", async () => {
    expect(ACTION_FILES.length).toBeGreaterThan(10);
    const exported: string[] = [];
    for (const file of ACTION_FILES) {
      const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") exported.push(`${file}#${name}`);
    }
    expect(exported.filter((k) => !ACTIONS[k]), "actions without a fuzz entry in ACTIONS").toEqual([]);
    expect(Object.keys(ACTIONS).filter((k) => !exported.includes(k)), "ACTIONS entries that are no action").toEqual([]);
  });

  it("ROUTES lists exactly the handlers under app/api", async () => {
    const handlers: string[] = [];
    for (const file of ROUTE_FILES) {
      const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
      for (const method of HTTP_METHODS) if (typeof mod[method] === "function") handlers.push(`${file}#${method}`);
    }
    expect(handlers.filter((k) => !ROUTES[k] && !NOT_FUZZED[k]), "route handlers without a fuzz entry in ROUTES").toEqual([]);
    expect([...Object.keys(ROUTES), ...Object.keys(NOT_FUZZED)].filter((k) => !handlers.includes(k)), "ROUTES entries that are no handler").toEqual([]);
  });
});

describe.each(TEST_DATABASES)("hostile input on the demo county, %s", (kind) => {
  let ctx: Ctx;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const handle = await useTestDatabase(kind);
    dispose = handle.dispose;
    await seedDemo(handle.db);
    const who = {} as Record<Role, CurrentUser>;
    for (const role of ROLES) {
      const [u] = await rows(handle.db, `select id from users where username = '${role}'`);
      who[role] = (await loadActiveUser(handle.db, str(u!.id)))!;
    }
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3a6" } }).jpeg().toBuffer();
    ctx = { db: handle.db, who, photo: new File([new Uint8Array(jpeg)], "现场.jpg", { type: "image/jpeg" }), today: chinaToday() };
    // A draft scheme for the scheme editor's actions (the demo's are all published).
    const { copyScheme } = await import("@/lib/evaluations/scheme-mutations");
    const [period, scheme] = [await openPeriod(ctx), await one(handle.db, `select id from evaluation_schemes where status = 'published' and target = 'team' order by created_at desc limit 1`)];
    const copied = await copyScheme(who.office, str(scheme.id), str(period.id));
    if (!copied.ok) throw new Error(`fuzz setup: no draft scheme (${JSON.stringify(copied)})`);
    expect(await installWriteLog(handle.db)).toBeGreaterThan(10);
    await writesSinceLast(handle.db);
  }, 240_000);
  afterAll(() => dispose?.());

  it("no action throws, and a refused one writes nothing", async () => {
    // The write log sees a write (and nothing else).
    await ctx.db.execute(sql.raw(`update app_meta set value = value where key = 'demo_seed'`));
    expect(await writesSinceLast(ctx.db)).toEqual(["app_meta"]);
    const failures: string[] = [];
    let calls = 0;
    const timings: [string, number][] = [];
    const unreached: string[] = [];
    for (const [key, entry] of Object.entries(ACTIONS)) {
      const started = performance.now();
      const [file, name] = key.split("#") as [string, string];
      const fn = ((await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, (...a: unknown[]) => Promise<unknown>>)[name]!;
      for (const role of entry.sessionless ? entry.roles! : ROLES) {
        session.user = ctx.who[role];
        const full = (entry.roles ?? ROLES).includes(role);
        let base = await entry.base(ctx, role);
        await writesSinceLast(ctx.db);
        // The other roles get every argument and field, with a quarter of the hostile values (a different quarter each).
        const sample = <T>(values: readonly T[]) => (full ? values : values.filter((_, i) => i % 4 === ROLES.indexOf(role)));
        const build = (b: Base): [string, () => unknown[]][] => {
          const out: [string, () => unknown[]][] = [];
          const prev = { ok: false };
          b.args.forEach((_, i) => {
            for (const v of sample(HOSTILE_ARGS)) {
              out.push([`arg${i}=${show(v)}`, () => {
                const args = [...b.args];
                args[i] = v;
                return b.form ? [...args, prev, toFormData(b.form)] : args;
              }]);
            }
          });
          if (b.form) {
            for (const [label, form] of formVariants(b.form, sample(HOSTILE_TEXT))) out.push([label, () => [...b.args, prev, toFormData(form)]]);
            for (const notForm of [null, "x", {}, [["version", "1"]]]) out.push([`formData=${show(notForm)}`, () => [...b.args, prev, notForm]]);
          } else if (b.args.length === 0) {
            out.push(["extra argument", () => ["\u0000", { ok: true }]]);
          }
          return out;
        };
        const cases = build(base);
        for (let i = 0; i < cases.length; i++) {
          const [label, argsOf] = cases[i]!;
          const outcome = await invoke(fn, argsOf());
          calls++;
          const written = await writesSinceLast(ctx.db);
          const where = `${key} as ${role}, ${label}`;
          if (process.env.FUZZ_VERBOSE) console.info(where, outcome.kind, outcome.kind === "result" ? outcome.ok : "", written.join(","));
          if (outcome.kind === "threw") failures.push(`${where}: threw ${String((outcome.error as Error)?.message ?? outcome.error).slice(0, 160)}`);
          const allowed = entry.refusedWrites ?? [];
          if (outcome.kind !== "control" && !(outcome.kind === "result" && outcome.ok)) {
            const bad = written.filter((t) => !allowed.includes(t));
            if (bad.length) failures.push(`${where}: refused, but wrote ${bad.join(", ")}`);
          }
          // A call that went through changed the rows the next cases are built on.
          if (written.length) {
            base = await entry.base(ctx, role);
            await writesSinceLast(ctx.db);
            const rebuilt = build(base);
            cases.splice(i + 1, cases.length, ...rebuilt.slice(i + 1));
          }
        }
      }
      // Last, the valid call itself as the role whose work it is. Most go through; the rest are refused
      // by a rule deep inside (a year not ended, a scheme already there): listed, so a base that
      // stopped at the input checks shows up.
      const owner = entry.roles?.[0] ?? "office";
      session.user = ctx.who[owner];
      const valid = await entry.base(ctx, owner);
      await writesSinceLast(ctx.db);
      const outcome = await invoke(fn, valid.form ? [...valid.args, { ok: false }, toFormData(valid.form)] : valid.args);
      await writesSinceLast(ctx.db);
      if (!(outcome.kind === "control" || (outcome.kind === "result" && outcome.ok))) unreached.push(`${key} as ${owner}: ${outcome.kind === "threw" ? String(outcome.error) : JSON.stringify(outcome)}`);
      await entry.after?.(ctx);
      await writesSinceLast(ctx.db);
      timings.push([key, Math.round(performance.now() - started)]);
    }
    session.user = null;
    console.info(`fuzz (${kind}): ${calls} action calls`);
    if (unreached.length) console.info(`valid calls refused by a rule:\n${unreached.join("\n")}`.slice(0, 4000));
    if (process.env.FUZZ_VERBOSE) console.info(timings.sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, ms]) => `${ms} ms ${k}`).join("\n"));
    expect(failures).toEqual([]);
  }, 600_000);

  it("no route answers 5xx, and a refused request writes nothing", async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const [key, entry] of Object.entries(ROUTES)) {
      const [file, method] = key.split("#") as [string, string];
      const handler = ((await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, (r: Request, c: unknown) => Promise<Response>>)[method]!;
      for (const role of [...ROLES, null]) {
        session.user = role ? ctx.who[role] : null;
        const all = await entry.calls(ctx);
        const requests = !entry.role || role === entry.role ? all : role === null ? all.slice(0, 3) : all.filter((_, i) => i % 4 === ROLES.indexOf(role));
        await writesSinceLast(ctx.db);
        for (const call of requests) {
          const where = `${key} as ${role ?? "nobody"}, ${call.label}`;
          calls++;
          let status = 0;
          let body = "";
          try {
            const response = await handler(call.request, { params: Promise.resolve(call.params ?? {}) });
            status = response.status;
            body = await response.text();
          } catch (error) {
            failures.push(`${where}: threw ${String((error as Error)?.message ?? error).slice(0, 160)}`);
          }
          // An import streams its answer: an error line there is a 500 in disguise.
          if (status >= 500 || /"type":"error"/.test(body)) failures.push(`${where}: ${status} ${body.slice(0, 160)}`);
          const written = await writesSinceLast(ctx.db);
          if (status >= 400 && written.length) failures.push(`${where}: ${status}, but wrote ${written.join(", ")}`);
        }
      }
    }
    session.user = null;
    console.info(`fuzz (${kind}): ${calls} route calls`);
    expect(failures).toEqual([]);
  }, 600_000);
});
