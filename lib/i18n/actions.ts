"use server";

import { cookies } from "next/headers";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LOCALE_COOKIE, isLocale } from "./locale";
import { type ActionResult, refuse } from "@/lib/actions/result";

/** Switches the interface language for this browser and, when signed in, remembers it for the user. */
export async function changeLocale(locale: string): Promise<ActionResult> {
  if (!isLocale(locale)) return refuse("invalid_input", "errors.invalidInput");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 31_536_000, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user && user.locale !== locale) {
    const db = await getDb();
    await db.transaction(async (tx) => {
      await tx.update(users).set({ locale }).where(eq(users.id, user.id));
      await writeAudit(tx, {
        actorId: user.id,
        action: "user.locale",
        entity: "user",
        entityId: user.id,
        countyId: user.countyId,
        before: { locale: user.locale },
        after: { locale },
      });
    });
  }
  return { ok: true };
}
