/**
 * npm run bench:heap-snapshot -- [--dir <built checkout>] [--path /login] [--seconds 40] [--connections 20]
 *
 * What a server keeps after load: starts a production build (`next start` in --dir, default this checkout,
 * under the same heap bound as `npm start`, against DATABASE_URL), loads one page for --seconds, lets it
 * settle, has Node write a heap snapshot (--heapsnapshot-signal; the snapshot collects garbage first, so
 * what it holds is retained) and counts the objects of the kinds that showed finished requests held in
 * memory: ServerResponse, IncomingMessage, Immediate and the "render completed" abort Error
 * (lib/http/abort-reason-stacks.ts). Run it in a build of an older commit (--dir) for the before figure.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { boundedNodeOptions } from "./heap.mjs";
import { countHeapObjects, HELD_REQUEST_KINDS, type HeapSnapshot } from "../bench/heap-snapshot";

const { values: args } = parseArgs({
  options: {
    dir: { type: "string", default: process.cwd() },
    path: { type: "string", default: "/login" },
    seconds: { type: "string", default: "40" },
    connections: { type: "string", default: "20" },
    port: { type: "string", default: "3761" },
  },
});

const dir = path.resolve(args.dir!);
const base = `http://127.0.0.1:${args.port}`;
const out = fs.mkdtempSync(path.join(os.tmpdir(), "heap-snapshot-"));
const log = (line: string) => console.log(`[heap-snapshot] ${line}`);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the server ended (${server.exitCode}) before it answered`);
    try {
      if ((await fetch(`${base}${args.path}`, { redirect: "manual" })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not answer within 150 s");
}

/** The snapshot Node writes (Heap.<date>.<pid>.<seq>.heapsnapshot in --diagnostic-dir), read once it is whole. */
async function readSnapshot(): Promise<{ file: string; snapshot: HeapSnapshot }> {
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const name = fs.readdirSync(out).find((f) => f.endsWith(".heapsnapshot"));
    if (!name) continue;
    const file = path.join(out, name);
    try {
      // A file still being written does not parse; the next turn reads it again.
      return { file, snapshot: JSON.parse(fs.readFileSync(file, "utf8")) };
    } catch {
      continue;
    }
  }
  throw new Error("no whole heap snapshot after 5 minutes");
}

const server = spawn(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "start", "-p", args.port!], {
  cwd: dir,
  env: { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? "heap-snapshot-only-secret-0123456789abcdef0123", NODE_ENV: "production", NODE_OPTIONS: `${boundedNodeOptions()} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${out}` },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  await waitForServer();
  log(`${dir}: loading ${args.path} for ${args.seconds} s at ${args.connections} connections…`);
  const result = await autocannon({ url: `${base}${args.path}`, connections: Number(args.connections), duration: Number(args.seconds) });
  log(`${result.requests.total} requests answered (${result.non2xx} not 2xx); settling 5 s, then the snapshot`);
  await new Promise((r) => setTimeout(r, 5000));
  server.kill("SIGUSR2");
  const { file, snapshot } = await readSnapshot();
  const counts = countHeapObjects(snapshot);
  console.log(`\n| objects held after the load (${result.requests.total} requests) | count |\n|---|---:|`);
  for (const kind of HELD_REQUEST_KINDS) console.log(`| ${kind.label} | ${counts.get(kind.key) ?? 0} |`);
  console.log(`\nsnapshot: ${file} (${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB)`);
} finally {
  server.kill("SIGTERM");
}
