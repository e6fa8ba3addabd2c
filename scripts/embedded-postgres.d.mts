export interface EmbeddedPaths {
  pg: string;
  pglite: string;
  lock: string;
  password: string;
  url: string;
  log: string;
}
export function embeddedPaths(dataDir: string): EmbeddedPaths;
export function embeddedKind(dataDir: string, env?: Record<string, string | undefined>): { kind: "postgres" | "pglite"; legacy: boolean };
export class EmbeddedBusyError extends Error {
  constructor(dataDir: string, holder: { pid: number; host: string; command?: string; startedAt?: string } | null);
}
export function runningDatabaseUrl(dataDir: string): string | null;
export function startEmbeddedPostgres(
  dataDir: string,
  opts?: { log?: (line: string) => void },
): Promise<{ url: string; fresh: boolean; pid: number | undefined; stop: () => Promise<void> }>;
export function stopLeftoverPostgres(dataDir: string, opts?: { log?: (line: string) => void }): Promise<void>;
