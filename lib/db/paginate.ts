/**
 * Rows per page of every paged list: records, review queues, rosters, rankings, evaluations. 25, not
 * 50: a row costs ~1–1.7 KB of the page (its HTML and again its RSC payload), and 50 of them put every
 * list over the 100 KB a page may weigh on a phone (docs/scaling.md, issue 17). 25 rows are more than
 * a desktop screen and several of a phone's; the review queue's "select this page" approves 25 at a time.
 */
export const PAGE_SIZE = 25;

export interface Paged<T> {
  rows: T[];
  /** Every row that matches, on all pages. */
  total: number;
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageCount: number;
}

/** Cards per page of a card grid (a county's units): 8 rows of 3 on a desktop, and a card is a screenful of a row. */
export const CARD_PAGE_SIZE = 24;

/**
 * One page of a list: counts what matches, clamps the asked page to the last one, then reads only that
 * page. `read` is a query's limit/offset (or, for a field ranked whole in memory, a slice of it).
 */
export async function paginate<T>(
  page: number,
  count: () => Promise<number>,
  read: (limit: number, offset: number) => Promise<T[]>,
  size = PAGE_SIZE,
): Promise<Paged<T>> {
  const total = await count();
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = total === 0 ? [] : await read(size, (current - 1) * size);
  return { rows, total, page: current, pageCount };
}
