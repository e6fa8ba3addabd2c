import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";

/**
 * The page floor of `npm run bench`: a signed-in page in the app's shell that renders nothing of its
 * own, so every page's CPU can be read as a multiple of what any page costs. BENCH_BUILD is inlined at
 * build time (next.config.ts `env`): in any build but the benchmark's this route is "page not found".
 */
export default async function BenchFloor() {
  if (process.env.BENCH_BUILD !== "1") notFound();
  await requireUser();
  return <p>ok</p>;
}
