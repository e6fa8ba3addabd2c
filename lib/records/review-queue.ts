import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orgs, records } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Paged } from "@/lib/db/paginate";
import { filterConditions, pagedList, recordInOpenYear, type RecordListRow } from "./queries";
import { splitSort, type ReviewQueueFilters } from "./queue-filters";
import { reviewableRecordsFor } from "./scope";

/**
 * The review queue: what waits for this user's review, in an order the reviewer chose, and where one
 * record stands in it (3 / 41, the one before and after) so the record page can walk the queue.
 */

const team = alias(orgs, "team");
const unit = alias(orgs, "unit");

function queueWhere(user: CurrentUser, filters: ReviewQueueFilters): SQL {
  return and(reviewableRecordsFor(user), eq(records.status, "submitted"), recordInOpenYear, ...filterConditions({ ...filters, status: undefined }))!;
}

/** The queue's ORDER BY; every order ends on the id so equal keys still give one fixed sequence. */
function queueOrder(filters: ReviewQueueFilters): SQL[] {
  const { key, desc: reversed } = splitSort(filters.sort);
  const dir = reversed ? desc : asc;
  switch (key) {
    case "date":
      return [dir(records.occurredOn), asc(records.submittedAt), asc(records.id)];
    case "team":
      // Unit records have no team: they sort by their unit's name.
      return [dir(sql`coalesce(${team.name}, ${unit.name})`), asc(records.submittedAt), asc(records.id)];
    case "kind":
      return [dir(records.kind), asc(records.submittedAt), asc(records.id)];
    case "waiting":
      // Waited longest = submitted earliest: "waiting" ascending starts with the oldest submission.
      return [reversed ? desc(records.submittedAt) : asc(records.submittedAt), asc(records.id)];
  }
}

/** One page of the queue. */
export function listReviewQueue(user: CurrentUser, filters: ReviewQueueFilters): Promise<Paged<RecordListRow>> {
  return pagedList(queueWhere(user, filters), filters.page, queueOrder(filters));
}

export interface QueuePosition {
  /** 1-based place of the record in the queue, or null when it is no longer waiting (handled, filtered out). */
  position: number | null;
  total: number;
  previousId: string | null;
  nextId: string | null;
  /** Where to go when the record was the last: the first one still waiting, if any. */
  firstId: string | null;
}

/** Where a record stands in the user's queue under these filters and this order. */
export async function getQueuePosition(user: CurrentUser, filters: ReviewQueueFilters, recordId: string): Promise<QueuePosition> {
  const db = await getDb();
  const ranked = db.$with("ranked").as(
    db
      .select({
        id: records.id,
        rn: sql<number>`row_number() over (order by ${sql.join(queueOrder(filters), sql`, `)})`.as("rn"),
      })
      .from(records)
      .leftJoin(team, eq(team.id, records.teamId))
      .leftJoin(unit, eq(unit.id, records.unitId))
      .where(queueWhere(user, filters)),
  );
  const rows = await db
    .with(ranked)
    .select({
      id: ranked.id,
      rn: sql<number>`${ranked.rn}::int`,
      total: sql<number>`(select count(*) from ${ranked})::int`,
    })
    .from(ranked)
    .where(
      sql`${ranked.rn} = 1 or ${ranked.rn} between (select rn from ${ranked} where id = ${recordId}) - 1 and (select rn from ${ranked} where id = ${recordId}) + 1`,
    )
    .orderBy(sql`${ranked.rn}`);
  const total = rows[0]?.total ?? 0;
  const self = rows.find((r) => r.id === recordId);
  const at = (rn: number) => rows.find((r) => r.rn === rn)?.id ?? null;
  return {
    position: self ? self.rn : null,
    total,
    previousId: self ? at(self.rn - 1) : null,
    nextId: self ? at(self.rn + 1) : null,
    firstId: at(1),
  };
}
