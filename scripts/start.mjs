// `npm start`: `next start` with the V8 heap bounded by default (scripts/heap.mjs; NODE_OPTIONS or
// HEAP_MB override it) and load shed past MAX_IN_FLIGHT requests in flight (scripts/shed-load.mjs).
// Arguments pass through to next start (e.g. `npm start -- -p 8080`).
// WEB_CONCURRENCY=<n> serves from n processes sharing the port (node:cluster): one Node process renders
// on one core, so on a machine of its own the app needs one per core to use them (docs/scaling.md,
// "Capacity"); each has its own heap bound, so memory grows with n.
import { spawn } from "node:child_process";
import cluster from "node:cluster";
import { serverNodeOptions } from "./server-options.mjs";
import { serverProcesses } from "./processes.mjs";

// From the working directory: npm runs scripts from the package root (scripts/start.test.ts runs this
// launcher from a directory where a small HTTP server stands in for Next).
const NEXT_CLI = "node_modules/next/dist/bin/next";
const args = ["start", ...process.argv.slice(2)];
const env = { ...process.env, NODE_OPTIONS: serverNodeOptions() };
const workers = serverProcesses();

if (workers === 1) {
  const child = spawn(process.execPath, [NEXT_CLI, ...args], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  // The workers listen on the same port through this process, which hands out connections in turn.
  cluster.setupPrimary({ exec: NEXT_CLI, args });
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork(env);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
  // A worker that dies is replaced (the others keep serving meanwhile); once stopping, the last one out ends the primary.
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping) {
      console.error(`server process ${worker.process.pid} ended (${signal ?? code}); starting another`);
      cluster.fork(env);
    } else if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
}
