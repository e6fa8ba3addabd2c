import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { descendants } from "../bench/process-tree";

// scripts/start.mjs runs `node_modules/next/dist/bin/next start …` from its working directory (npm runs
// it from the package root). Run from a directory whose node_modules/next is this small HTTP server, it
// supervises that instead of Next: the same launcher code, a server that starts in milliseconds. The
// server answers its pid, and takes the port and host from the arguments the launcher passes through.
const STAND_IN_NEXT = `
const http = require("node:http");
const argv = process.argv.slice(2);
if (argv[0] !== "start") throw new Error("expected next start, got " + argv.join(" "));
const port = Number(argv[argv.indexOf("-p") + 1]);
const host = argv[argv.indexOf("-H") + 1];
const server = http.createServer((req, res) => res.end(String(process.pid)));
server.listen(port, host, () => console.log("ready " + server.address().port + " " + process.pid));
`;

const START = path.resolve("scripts/start.mjs");
const WAIT_MS = 60_000;

let launcher: ChildProcess | undefined;
let seen = new Set<number>();
let dir: string | undefined;

/** A process that is neither gone nor a zombie (dead, waiting for its parent to collect it). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The pid of the server process that answers a new connection, or undefined when none does. */
function whoAnswers(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    // agent: false opens a connection per request, so the cluster's round robin hands each to the next worker.
    const req = http.get({ host: "127.0.0.1", port, path: "/", agent: false, timeout: 5_000 }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk));
      res.on("end", () => resolve(Number(body) || undefined));
      res.on("error", () => resolve(undefined));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(undefined));
  });
}

/** Pids answering on the port, asking until `count` distinct ones have answered. */
async function answering(port: number, count: number, what: string, accept: (pid: number) => boolean = () => true): Promise<Set<number>> {
  const pids = new Set<number>();
  return until(what, async () => {
    const pid = await whoAnswers(port);
    if (pid !== undefined && accept(pid)) pids.add(pid);
    return pids.size >= count ? pids : undefined;
  });
}

/** Starts the launcher with WEB_CONCURRENCY (empty: unset, the default of one process). */
function startLauncher(webConcurrency: string): { output: () => string; port: Promise<number> } {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "start-test-"));
  const bin = path.join(dir, "node_modules/next/dist/bin");
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, "next"), STAND_IN_NEXT);
  launcher = spawn(process.execPath, [START, "-p", "0", "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, WEB_CONCURRENCY: webConcurrency, NODE_OPTIONS: "", HEAP_MB: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  seen = new Set([launcher.pid!]);
  let output = "";
  const port = new Promise<number>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      for (const m of output.matchAll(/^ready (\d+) (\d+)$/gm)) {
        seen.add(Number(m[2]));
        resolve(Number(m[1]));
      }
    };
    launcher!.stdout!.on("data", read);
    launcher!.stderr!.on("data", read);
  });
  return { output: () => output, port };
}

/** SIGTERM to the launcher: it exits, and so does every process it started. */
async function stopsEverything(output: () => string) {
  for (const pid of descendants(launcher!.pid!)) seen.add(pid);
  launcher!.kill("SIGTERM");
  await until(`the launcher to exit (output: ${output()})`, () => (launcher!.exitCode !== null || launcher!.signalCode !== null ? true : undefined));
  const left = await until("its processes to end", () => {
    const running = [...seen].filter(alive);
    return running.length ? undefined : running;
  }).catch(() => [...seen].filter(alive));
  expect(left, `still running after SIGTERM to the launcher: ${left.join(", ")}`).toEqual([]);
}

afterEach(() => {
  // Only what this test started: the launcher and the server processes seen under it.
  for (const pid of seen) if (alive(pid)) process.kill(pid, "SIGKILL");
  launcher = undefined;
  seen = new Set();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

// Process liveness and the process tree are read from /proc.
describe.skipIf(process.platform !== "linux")("npm start (scripts/start.mjs)", () => {
  it("with WEB_CONCURRENCY=2 serves from two processes on one port, replaces one that is killed, and stops them all on SIGTERM", { timeout: 4 * WAIT_MS }, async () => {
    const { output, port: portReady } = startLauncher("2");
    const port = await portReady;
    const first = await answering(port, 2, `two server processes to answer (output: ${output()})`);
    for (const pid of first) seen.add(pid);
    expect(first.has(launcher!.pid!)).toBe(false);

    const [killed, survivor] = [...first];
    process.kill(killed!, "SIGKILL");
    // A pid that did not answer before: the launcher has started another server process on the same port.
    const [replacement] = await answering(port, 1, `a new server process after killing ${killed} (output: ${output()})`, (pid) => !first.has(pid));
    seen.add(replacement!);
    expect(alive(killed!)).toBe(false);
    const now = await answering(port, 2, "the survivor and the new process to answer", (pid) => pid !== killed);
    expect([...now].sort()).toEqual([survivor!, replacement!].sort());

    await stopsEverything(output);
  });

  it("without WEB_CONCURRENCY runs one server process and stops it on SIGTERM", { timeout: 3 * WAIT_MS }, async () => {
    const { output, port: portReady } = startLauncher("");
    const port = await portReady;
    const [server] = await answering(port, 1, `the server to answer (output: ${output()})`);
    seen.add(server!);
    expect(server).not.toBe(launcher!.pid);
    await stopsEverything(output);
  });
});
