/**
 * `npm run bench`: runs every bench/*.bench.ts (never part of `npm test`). Each file
 * default-exports `{ name, run(): Promise<string[]> }` returning the lines to print.
 * `npm run bench -- stats` runs the files whose name contains "stats".
 */
import { readdirSync } from 'node:fs';
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
for (const file of files) {
  const bench = ((await import(join(here, file))) as { default: Benchmark }).default;
  console.log(`\n=== ${bench.name} (${file})`);
  for (const line of await bench.run()) console.log(line);
}
