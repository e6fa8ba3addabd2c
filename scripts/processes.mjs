// How many server processes `npm start` and `npm run bench` run: WEB_CONCURRENCY (the usual name for
// it on hosting platforms), default 1.

/** @param {Record<string, string | undefined>} env */
export function serverProcesses(env = process.env) {
  const raw = env.WEB_CONCURRENCY;
  if (raw === undefined || raw === "") return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WEB_CONCURRENCY must be a whole number of processes from 1 to 64, not ${raw}`);
  return n;
}
