import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// A small HTTP server with the preload `npm start` gives Next's (scripts/server-options.mjs): /slow answers
// after a second, anything else at once. It prints its port when it listens.
const SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  if (req.url === "/slow") setTimeout(() => res.end("slow"), 1000);
  else res.end("ok");
});
server.listen(0, "127.0.0.1", () => console.log("port " + server.address().port));
`;
const SHED_LOAD = pathToFileURL(path.resolve("scripts/shed-load.mjs")).href;

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

function start(env: Record<string, string>): Promise<{ base: string } | { error: string }> {
  child = spawn(process.execPath, ["--import", SHED_LOAD, "-e", SERVER], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve) => {
    let err = "";
    child!.stdout!.on("data", (d: Buffer) => {
      const port = /port (\d+)/.exec(String(d))?.[1];
      if (port) resolve({ base: `http://127.0.0.1:${port}` });
    });
    child!.stderr!.on("data", (d: Buffer) => (err += String(d)));
    child!.on("exit", () => resolve({ error: err }));
  });
}

describe("shedding load past MAX_IN_FLIGHT", () => {
  it("answers 503 with Retry-After beyond the limit, never for the health check, and takes requests again once some are answered", async () => {
    const started = await start({ MAX_IN_FLIGHT: "2" });
    if (!("base" in started)) throw new Error(started.error);
    const { base } = started;
    const slow = [fetch(`${base}/slow`), fetch(`${base}/slow`)];
    await new Promise((r) => setTimeout(r, 200));

    const page = await fetch(`${base}/records`, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("cache-control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain("系统繁忙");
    expect(html).toContain("The platform is busy");
    expect(html).toContain('http-equiv="refresh" content="5"');

    const api = await fetch(`${base}/api/records`, { method: "POST", headers: { accept: "application/json" }, body: "{}" });
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: "busy" });

    const health = await fetch(`${base}/api/health`);
    expect([health.status, await health.text()]).toEqual([200, "ok"]);

    expect(await Promise.all(slow.map(async (r) => (await r).text()))).toEqual(["slow", "slow"]);
    const after = await fetch(`${base}/records`);
    expect([after.status, await after.text()]).toEqual([200, "ok"]);
  });

  it("takes every request with MAX_IN_FLIGHT=0", async () => {
    const started = await start({ MAX_IN_FLIGHT: "0" });
    if (!("base" in started)) throw new Error(started.error);
    const answers = await Promise.all(Array.from({ length: 70 }, () => fetch(`${started.base}/slow`).then((r) => r.status)));
    expect(answers.every((s) => s === 200)).toBe(true);
  });

  it("refuses a limit that is not a whole number", async () => {
    const started = await start({ MAX_IN_FLIGHT: "lots" });
    expect("error" in started && started.error).toContain("MAX_IN_FLIGHT must be a whole number of requests");
  });
});
