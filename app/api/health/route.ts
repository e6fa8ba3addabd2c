import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** For the load balancer: 200 when this server can reach its database, 503 otherwise. */
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    console.error("[health] database unreachable", err);
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
