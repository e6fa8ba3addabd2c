import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orgs } from "@/db/schema";

/** The user's county's name, which documents put in the issuing federation's name. */
export async function countyNameOf(user: { countyId: string }): Promise<string> {
  const db = await getDb();
  const [county] = await db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, user.countyId));
  return county?.name ?? "";
}
