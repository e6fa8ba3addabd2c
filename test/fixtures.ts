import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { orgs, users, workers, periods, type NewWorker } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/load-user";
import type { Role } from "@/lib/domain/enums";
import { chinaToday } from "@/lib/time";

export const FIXTURE_PASSWORD = "fixture-pass-1";
/** Fixture periods follow the calendar, so date rules hold whenever the tests run. */
export const THIS_YEAR = Number(chinaToday().slice(0, 4));
export const LAST_YEAR = THIS_YEAR - 1;
/** A date every rule accepts: today, in the open period. */
export const FIXTURE_DAY = chinaToday();

/**
 * Two counties. County A: unit U1 (teams T1, T2) and unit U2 (team T3). County B: unit U3 (team T4).
 * One user per org of the matching role, and three workers per team.
 */
export async function seedTwoCounties(db: Database) {
  const id = () => randomUUID();
  const A = id(), B = id(), U1 = id(), U2 = id(), U3 = id(), T1 = id(), T2 = id(), T3 = id(), T4 = id();
  await db.insert(orgs).values([
    { id: A, level: "county", name: "甲县", countyId: A },
    { id: B, level: "county", name: "乙县", countyId: B },
  ]);
  await db.insert(orgs).values([
    { id: U1, level: "unit", name: "一厂", parentId: A, countyId: A, unitId: U1, unitKind: "enterprise", industry: "机械" },
    { id: U2, level: "unit", name: "二局", parentId: A, countyId: A, unitId: U2, unitKind: "organ" },
    { id: U3, level: "unit", name: "三厂", parentId: B, countyId: B, unitId: U3, unitKind: "enterprise" },
  ]);
  await db.insert(orgs).values([
    { id: T1, level: "team", name: "一厂甲班", parentId: U1, countyId: A, unitId: U1, teamKind: "team" },
    { id: T2, level: "team", name: "一厂乙班", parentId: U1, countyId: A, unitId: U1, teamKind: "team" },
    { id: T3, level: "team", name: "二局办公室", parentId: U2, countyId: A, unitId: U2, teamKind: "section" },
    { id: T4, level: "team", name: "三厂甲班", parentId: U3, countyId: B, unitId: U3, teamKind: "team" },
  ]);
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const accounts: [string, Role, string][] = [
    ["office_a", "office", A],
    ["office_b", "office", B],
    ["union_u1", "union", U1],
    ["union_u2", "union", U2],
    ["union_u3", "union", U3],
    ["leader_t1", "leader", T1],
    ["leader_t2", "leader", T2],
    ["leader_t3", "leader", T3],
    ["leader_t4", "leader", T4],
  ];
  const inserted = await db
    .insert(users)
    .values(accounts.map(([username, role, orgId]) => ({ username, displayName: username, role, orgId, passwordHash })))
    .returning({ id: users.id, username: users.username });
  const userIds = Object.fromEntries(inserted.map((u) => [u.username, u.id])) as Record<string, string>;
  const teamUnit: Record<string, [string, string]> = { [T1]: [U1, A], [T2]: [U1, A], [T3]: [U2, A], [T4]: [U3, B] };
  const workerRows: NewWorker[] = [];
  for (const [team, [unit, county]] of Object.entries(teamUnit)) {
    for (let i = 1; i <= 3; i++) {
      workerRows.push({
        teamId: team,
        unitId: unit,
        countyId: county,
        name: `职工${workerRows.length + 1}`,
        employeeNo: `E${team.slice(0, 4)}${i}`,
        gender: i % 2 ? "male" : "female",
        education: i === 1 ? "bachelor" : "senior_high",
        skillLevel: i === 3 ? "technician" : "none",
      });
    }
  }
  const workerIds = await db.insert(workers).values(workerRows).returning({ id: workers.id, teamId: workers.teamId });
  await db.insert(periods).values([
    { countyId: A, year: THIS_YEAR, startsOn: `${THIS_YEAR}-01-01`, endsOn: `${THIS_YEAR}-12-31` },
    { countyId: B, year: THIS_YEAR, startsOn: `${THIS_YEAR}-01-01`, endsOn: `${THIS_YEAR}-12-31` },
  ]);
  const user = async (username: string): Promise<CurrentUser> => {
    const u = await loadActiveUser(db, userIds[username]!);
    if (!u) throw new Error(`fixture user ${username} not loadable`);
    return u;
  };
  return {
    org: { A, B, U1, U2, U3, T1, T2, T3, T4 },
    userIds,
    user,
    workersOf: (team: string) => workerIds.filter((w) => w.teamId === team).map((w) => w.id),
  };
}

export type TwoCounties = Awaited<ReturnType<typeof seedTwoCounties>>;
