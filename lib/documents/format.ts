/** A date as official documents write it: "2026年12月4日", or "4 December 2026" in English. China's calendar day. */
export function documentDate(date: string | Date, locale: string): string {
  const iso = typeof date === "string" ? date : new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  if (locale.startsWith("zh")) return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
}
