/**
 * The synthetic installations the benchmark seeds (bench/generator.ts). Shaped like a real federation:
 * counties → units → teams, ~15 workers per team, ~2 study sessions per team and week with ~10
 * attendees each, and proportionate other work.
 */
export interface BenchScale {
  name: string;
  counties: number;
  unitsPerCounty: number;
  teamsPerUnit: number;
  workers: number;
  sessions: number;
  /** Per team and year. */
  proposalsPerTeam: number;
  innovationsPerTeam: number;
  /** Per unit and year (the union's own records, reviewed by the office). */
  trainingsPerUnit: number;
  competitionsPerUnit: number;
  culturePerUnit: number;
  publicityPerUnit: number;
}

const PER_UNIT = { trainingsPerUnit: 12, competitionsPerUnit: 4, culturePerUnit: 6, publicityPerUnit: 12 };
const PER_TEAM = { proposalsPerTeam: 5, innovationsPerTeam: 1 };

export const BENCH_SCALES = {
  /** 10 counties, 1,000 units, 20,000 teams, 300,000 workers, 2,000,000 sessions. Server PostgreSQL only. */
  city: { name: "city", counties: 10, unitsPerCounty: 100, teamsPerUnit: 20, workers: 300_000, sessions: 2_000_000, ...PER_TEAM, ...PER_UNIT },
  /** 1 county, 150 units, 3,000 teams, 50,000 workers, 300,000 sessions. PGlite or server. */
  county: { name: "county", counties: 1, unitsPerCounty: 150, teamsPerUnit: 20, workers: 50_000, sessions: 300_000, ...PER_TEAM, ...PER_UNIT },
  /** For the generator's own test: seconds, not minutes. */
  tiny: { name: "tiny", counties: 2, unitsPerCounty: 3, teamsPerUnit: 4, workers: 300, sessions: 2_000, ...PER_TEAM, ...PER_UNIT },
} as const satisfies Record<string, BenchScale>;

export type BenchScaleName = keyof typeof BENCH_SCALES;

export function isBenchScale(name: string): name is BenchScaleName {
  return Object.hasOwn(BENCH_SCALES, name);
}

/** The one password every bench account shares (its argon2id hash is computed once per seed). */
export const BENCH_PASSWORD = "bench-Passw0rd!";

/** Usernames: counties, units and teams numbered from 1 within their parent. */
export const benchUsername = {
  office: (county: number) => `bench-office-${county}`,
  union: (county: number, unit: number) => `bench-union-${county}-${unit}`,
  leader: (county: number, unit: number, team: number) => `bench-leader-${county}-${unit}-${team}`,
};
