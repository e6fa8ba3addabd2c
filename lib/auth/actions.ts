"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { eq, sql } from "drizzle-orm";
import { signIn, signOut } from "@/auth";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { getCurrentUser } from "./current-user";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { normaliseUsername } from "./login";
import { loginSchema } from "./schemas";
import { type ActionResult, fieldErrorsOf, invalid, refuse } from "@/lib/actions/result";

const LOGIN_CODES = ["invalid", "locked", "disabled", "throttled"] as const;

export async function login(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const parsed = loginSchema.safeParse({ username: formData.get("username"), password: formData.get("password") });
  const values = { username: String(formData.get("username") ?? "").slice(0, 64) };
  if (!parsed.success) return { ...invalid(fieldErrorsOf(parsed.error)), values };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (err) {
    if (err instanceof CredentialsSignin) {
      const code = (LOGIN_CODES as readonly string[]).includes(err.code) ? err.code : "invalid";
      return { ...refuse(code === "throttled" ? "rate_limited" : "invalid_input", `login.error.${code}`), values };
    }
    if (err instanceof AuthError) return { ...refuse("invalid_input", "login.error.invalid"), values };
    throw err;
  }
  // A language chosen earlier on the account page follows the user to this browser.
  const db = await getDb();
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.username, normaliseUsername(parsed.data.username)));
  if (row?.locale) (await cookies()).set(LOCALE_COOKIE, row.locale, { path: "/", maxAge: 31_536_000, sameSite: "lax" });
  redirect("/");
}

/**
 * Signs out. JWT sessions cannot be revoked one by one: clearing this browser's cookie leaves any copy
 * of the token valid. Bumping the session version makes every token minted before now worthless, so
 * the sign-out holds (and, as after a password change, ends the account's sessions on other devices too).
 */
export async function logout(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    const db = await getDb();
    await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
  }
  await signOut({ redirectTo: "/login" });
}
