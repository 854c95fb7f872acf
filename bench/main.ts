/**
 * `npm run bench`: runs every bench/*.bench.ts (never part of `npm test`). Each file
 * default-exports `{ name, run(): Promise<string[]> }` returning the lines to print.
 * `npm run bench -- stats` runs the files whose name contains "stats".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Benchmark {
  readonly name: string;
  run(): Promise<string[]>;
}

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
/** The machine's CPU ticks so far: all of them and those stolen by the hypervisor (Linux
 * /proc/stat, the 8th field), or null elsewhere. A shared virtual machine loses time to its
 * neighbours that no best-of-N round hides: each bench says how much it lost. */
function cpuTicks(): { total: number; steal: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1);
    const ticks = (fields ?? []).map(Number);
    return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
  } catch {
    return null;
  }
}

/** A fixed CPU loop's time in ms (best of 3): how fast this machine runs plain JS right now, so
 * that figures of two days (or two hours: a shared machine's speed moves by a third) can be told
 * apart from a change in the code. */
function machineLoopMs(): number {
  let best = Infinity;
  for (let r = 0; r < 3; r += 1) {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 100_000_000; i += 1) x += i % 7;
    if (x < 0) console.log(x); // keeps the loop
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

console.log(
  `machine speed: a fixed loop of 10^8 steps took ${machineLoopMs().toFixed(0)} ms (best of 3; lower is faster)`,
);
for (const file of files) {
  const bench = ((await import(join(here, file))) as { default: Benchmark }).default;
  console.log(`\n=== ${bench.name} (${file})`);
  const before = cpuTicks();
  for (const line of await bench.run()) console.log(line);
  const after = cpuTicks();
  if (before && after && after.total > before.total)
    console.log(
      `CPU time stolen by the hypervisor during this bench: ${((100 * (after.steal - before.steal)) / (after.total - before.total)).toFixed(1)}% (figures above 1–2% are slowed by the machine's neighbours)`,
    );
}
