/**
 * The client address as the load balancer saw it: the left-most X-Forwarded-For entry, which the
 * trusted proxy in front of the app servers sets. Without a proxy, all local traffic shares one key.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim().slice(0, 64);
  return headers.get("x-real-ip")?.trim().slice(0, 64) || "local";
}
