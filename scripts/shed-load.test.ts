import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { serverNodeOptions } from "./server-options.mjs";

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

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("shedding load past MAX_IN_FLIGHT", () => {
  it("answers a read 503 with Retry-After beyond the limit, never a write, a page's files or the health check, and reads again once some are answered", async () => {
    const started = await start({ MAX_IN_FLIGHT: "2" });
    if (!("base" in started)) throw new Error(started.error);
    const { base } = started;
    const slow = [fetch(`${base}/slow`), fetch(`${base}/slow`)];
    await pause(200);

    const page = await fetch(`${base}/records`, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await page.text();
    expect(html).toContain("系统繁忙");
    expect(html).toContain("The platform is busy");
    expect(html).toMatch(/http-equiv="refresh" content="[5-9]"/);

    const api = await fetch(`${base}/api/records?page=2`, { headers: { accept: "application/json" } });
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: "busy" });

    // What someone typed, and what an admitted page needs, always wait their turn.
    for (const [method, url] of [["POST", "/api/records"], ["POST", "/records/new"], ["GET", "/_next/static/chunks/app.js"], ["GET", "/icons/lucide.svg"], ["GET", "/api/health"]]) {
      const answer = await fetch(`${base}${url}`, { method, body: method === "POST" ? "{}" : undefined });
      expect([url, answer.status, await answer.text()]).toEqual([url, 200, "ok"]);
    }

    expect(await Promise.all(slow.map(async (r) => (await r).text()))).toEqual(["slow", "slow"]);
    const after = await fetch(`${base}/records`);
    expect([after.status, await after.text()]).toEqual([200, "ok"]);
  });

  it("lets go of pipelined requests whose connection closed before they were answered", async () => {
    const started = await start({ MAX_IN_FLIGHT: "2" });
    if (!("base" in started)) throw new Error(started.error);
    const { port } = new URL(started.base);
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n".repeat(3));
    await pause(100);
    socket.destroy();
    await pause(1300);
    // Both slots free again: two reads at once are both answered.
    const answers = await Promise.all([fetch(`${started.base}/slow`), fetch(`${started.base}/slow`)].map(async (r) => (await r).status));
    expect(answers).toEqual([200, 200]);
  });

  it("takes every request with MAX_IN_FLIGHT=0", async () => {
    const started = await start({ MAX_IN_FLIGHT: "0" });
    if (!("base" in started)) throw new Error(started.error);
    const answers = await Promise.all(Array.from({ length: 70 }, () => fetch(`${started.base}/slow`).then((r) => r.status)));
    expect(answers.every((s) => s === 200)).toBe(true);
  });

  it("refuses a limit that is not a whole number, in the launcher before any server starts and in a server process", async () => {
    expect(() => serverNodeOptions({ MAX_IN_FLIGHT: "lots" })).toThrow("MAX_IN_FLIGHT must be a whole number of requests");
    expect(serverNodeOptions({ MAX_IN_FLIGHT: "16" })).toContain("shed-load.mjs");
    const started = await start({ MAX_IN_FLIGHT: "lots" });
    expect("error" in started && started.error).toContain("MAX_IN_FLIGHT must be a whole number of requests");
  });
});
