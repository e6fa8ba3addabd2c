// `npm start`: `next start` with the V8 heap bounded by default (scripts/heap.mjs; NODE_OPTIONS or
// HEAP_MB override it). Arguments pass through to next start (e.g. `npm start -- -p 8080`).
import { spawn } from "node:child_process";
import { boundedNodeOptions } from "./heap.mjs";

const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NODE_OPTIONS: boundedNodeOptions() },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
