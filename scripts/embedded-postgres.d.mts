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
  constructor(dataDir: string, holder: EmbeddedHolder | null);
}
export interface EmbeddedHolder {
  pid: number;
  host: string;
  command?: string;
  startedAt?: string;
  server?: number;
}
export function embeddedHolder(dataDir: string): EmbeddedHolder | null | undefined;
export function runningDatabaseUrl(dataDir: string): string | null;
export function startEmbeddedPostgres(
  dataDir: string,
  opts?: { log?: (line: string) => void },
): Promise<{ url: string; fresh: boolean; pid: number | undefined; lockFd: number; server: (pid: number) => void; stop: () => Promise<void> }>;
export function stopLeftoverPostgres(dataDir: string, opts?: { log?: (line: string) => void }): Promise<void>;
