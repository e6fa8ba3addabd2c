import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * The signed-in user, as the data layer reads it on every request (JWT verified, user and org
 * re-read, deactivation and session version checked). Also the benchmark's "auth floor": a request
 * that does nothing but authenticate.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { id: user.id, username: user.username, displayName: user.displayName, role: user.role, orgId: user.orgId, orgName: user.orgName },
    { headers: { "Cache-Control": "no-store" } },
  );
}
