/** Runs once per server process before it serves (see db/startup.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./db/startup");
  await startServer();
}
