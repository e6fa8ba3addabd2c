// Preloaded into the bench's server (NODE_OPTIONS=--import; NODE_OPTIONS does not allow --trace-gc itself):
// a line per collection on stdout, read by bench/gc-trace.ts for the live heap.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--trace-gc");
