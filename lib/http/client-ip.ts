import { normaliseAddress, socketAddress } from "./socket-address";

/** The key of requests whose address is not known (none genuinely stamped): they share one throttle. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * How many reverse proxies in front of the app to believe (`TRUST_PROXY`, default 0): each appends the
 * address it received the request from to X-Forwarded-For.
 */
export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d{1,2}$/.test(value.trim())) throw new Error(`TRUST_PROXY must be the number of proxies in front of the app (0, 1, 2 …), not "${value}".`);
  return Number(value.trim());
}

/**
 * NOTE: the address the login throttle is keyed on; a client must not be able to choose it. With no
 * trusted proxy (the default) it is the socket's peer, and X-Forwarded-For is ignored. With
 * `TRUST_PROXY=n`, the chain is X-Forwarded-For's entries followed by the socket's peer, and the
 * client is the entry n places left of the peer: counted from the right, so only entries our own
 * proxies appended are read and whatever the client wrote at the left is skipped. A chain shorter
 * than that yields its left-most entry (which a trusted proxy wrote).
 */
export function clientIp(headers: Headers, trustProxy = trustedProxyHops()): string {
  const peer = socketAddress(headers);
  if (!peer) return UNKNOWN_ADDRESS;
  if (trustProxy === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - trustProxy)]!);
}
