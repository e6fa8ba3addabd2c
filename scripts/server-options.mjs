import { boundedNodeOptions } from "./heap.mjs";

const SHED_LOAD = new URL("./shed-load.mjs", import.meta.url).href;

/**
 * NODE_OPTIONS for a server process of `npm start` and `npm run demo`: the caller's own, the V8 heap
 * bounds (heap.mjs) and load shedding past capacity (shed-load.mjs, MAX_IN_FLIGHT).
 * @param {Record<string, string | undefined>} env
 */
export function serverNodeOptions(env = process.env) {
  return `${boundedNodeOptions(env)} --import ${SHED_LOAD}`;
}
