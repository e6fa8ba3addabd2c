import { z } from "zod";
import { filterQuery, recordListFiltersSchema } from "./schemas";

/** What the review queue can be ordered by: waiting time (the default), record date, team, kind. */
export const QUEUE_SORT_KEYS = ["waiting", "date", "team", "kind"] as const;
export type QueueSortKey = (typeof QUEUE_SORT_KEYS)[number];

/** An order as one URL value: "date" ascending, "-date" descending. "waiting" = waited longest first. */
export const QUEUE_SORTS = QUEUE_SORT_KEYS.flatMap((k) => [k, `-${k}`] as const);
export type QueueSort = (typeof QUEUE_SORTS)[number];

export function splitSort(sort: QueueSort): { key: QueueSortKey; desc: boolean } {
  return sort.startsWith("-") ? { key: sort.slice(1) as QueueSortKey, desc: true } : { key: sort as QueueSortKey, desc: false };
}

/** The queue's URL: the record list's filters plus its order; a bad order falls back to the default. */
export const reviewQueueFiltersSchema = recordListFiltersSchema.extend({
  sort: z.enum(QUEUE_SORTS as [QueueSort, ...QueueSort[]]).default("waiting").catch("waiting"),
});
export type ReviewQueueFilters = z.infer<typeof reviewQueueFiltersSchema>;

/**
 * The query string that carries the queue (filters and order, never the page) to a record page and
 * back, so the record page can walk the same queue. The default order is left out.
 */
export function queueQuery(filters: Partial<ReviewQueueFilters>, extra: Record<string, string> = {}): string {
  const { sort, ...rest } = filters;
  return filterQuery({ ...rest, status: undefined }, { ...(sort && sort !== "waiting" ? { sort } : {}), ...extra });
}
