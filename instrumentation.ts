/** Runs once per server process before it serves (see db/startup.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, so that every request after start-up knows its socket address (the login throttle's key).
  const { recordSocketAddresses } = await import("./lib/http/socket-address");
  const { trustedProxyHops } = await import("./lib/http/client-ip");
  trustedProxyHops(); // a mistyped TRUST_PROXY stops the start, not every sign-in
  recordSocketAddresses();
  // Before any render: a finished render's abort reason would otherwise hold its request (and others) in memory.
  const { formatAbortReasonStacks } = await import("./lib/http/abort-reason-stacks");
  formatAbortReasonStacks();
  const { setClockForTests, testClockFromEnv } = await import("./lib/time");
  const movedTo = testClockFromEnv();
  if (movedTo) {
    setClockForTests(movedTo);
    console.warn(`[clock] TEST_CLOCK_AT: this server's clock reads ${movedTo.toISOString()} (tests only)`);
  }
  const { startServer } = await import("./db/startup");
  await startServer();
}
