import { boundedNodeOptions } from "./heap.mjs";

const SHED_LOAD = new URL("./shed-load.mjs", import.meta.url).href;

/**
 * How many requests one server process holds before it sheds (shed-load.mjs): MAX_IN_FLIGHT, default 64,
 * 0 for no limit. Read by the launcher too, so a bad value stops it before any server process starts (in
 * a cluster, a server process that died of it would be started again and again).
 * @param {string | undefined} value
 */
export function maxInFlight(value) {
  if (value === undefined || value === "") return 64;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`MAX_IN_FLIGHT must be a whole number of requests (0: no limit), not ${value}`);
  return n;
}

/**
 * NODE_OPTIONS for a server process of `npm start` and `npm run demo`: the caller's own, the V8 heap
 * bounds (heap.mjs) and load shedding past capacity (shed-load.mjs, MAX_IN_FLIGHT).
 * @param {Record<string, string | undefined>} env
 */
export function serverNodeOptions(env = process.env) {
  maxInFlight(env.MAX_IN_FLIGHT);
  return `${boundedNodeOptions(env)} --import ${SHED_LOAD}`;
}
