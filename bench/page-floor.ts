import { median } from "./stats";

/**
 * A page's CPU against the page floor, round by round. The floor's own figure moved 15–22 ms between runs
 * of one build (the machine's speed, not the page's), and dividing the page's median by the floor's median
 * compares rounds taken seconds apart; a round's ratio compares the page with the floor measured in the same
 * round, so what slows the whole machine for a while cancels out. The page's ratio is the median of its rounds'.
 */
export function floorOfEachRound(floorRounds: readonly (readonly number[])[]): number[] {
  if (!floorRounds.length) return [];
  const rounds = Math.min(...floorRounds.map((r) => r.length));
  return Array.from({ length: rounds }, (_, round) => median(floorRounds.map((r) => r[round]!)));
}

/** The median over rounds of the page's CPU divided by that round's floor; undefined without a common round. */
export function ratioToFloor(pageRounds: readonly number[], floorRounds: readonly number[]): number | undefined {
  const ratios = pageRounds.flatMap((cpu, round) => {
    const floor = floorRounds[round];
    return floor && floor > 0 ? [cpu / floor] : [];
  });
  return ratios.length ? median(ratios) : undefined;
}

/**
 * The page's ratio over only the rounds whose window held no full collection of the server's heap
 * (`fullCollections[round]`: how many its window saw), undefined when every round held one. A full
 * collection costs the process ~100–180 ms of CPU here, 8–15 ms a response over a 12-request window, and
 * falls in whichever page's window is running every ~2 s; this figure says what the page costs itself.
 * The target is still read from the ratio over all rounds (`ratioToFloor`): the heap's upkeep is a real cost.
 */
export function ratioWithoutFullCollections(pageRounds: readonly number[], floorRounds: readonly number[], fullCollections: readonly number[]): number | undefined {
  const rounds = pageRounds.flatMap((_, round) => (fullCollections[round] ? [] : [round]));
  return ratioToFloor(
    rounds.map((round) => pageRounds[round]!),
    rounds.map((round) => floorRounds[round] ?? 0),
  );
}

/**
 * The order a round goes over the pages: a fresh shuffle each round (`random`, seeded, so two runs go the same
 * way). In one order every round, a full collection of the server's heap (every ~2 s here, ~100–180 ms of the
 * process's CPU) kept landing in the same pages' windows whenever a round lasted about a whole number of
 * collection periods: office /workers caught one in six of eleven rounds and read 2.21 × the floor, 1.4–1.7 in
 * other runs (docs/scaling.md, "Eleventh pass"). Shuffled, each page catches its share, and its median holds.
 */
export function roundOrder(count: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
