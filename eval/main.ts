/**
 * `npm run eval`: runs every eval/*.eval.ts against the data in ../shared (never part of
 * `npm test`). Each file default-exports `{ name, run(): Promise<EvalResult> }`. Evaluations
 * measure: an unmet target is reported (and listed at the end) but only makes the run fail with
 * EVAL_STRICT=1; an evaluation that crashes always does. `npm run eval -- extract` runs the
 * files whose name contains "extract".
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evaluation } from './evaluation.ts';
import { SHARED_DIR } from './evaluation.ts';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);

if (!existsSync(SHARED_DIR)) {
  console.log(`eval: ${SHARED_DIR} not found; nothing to evaluate`);
  process.exit(0);
}

const files = readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let met = 0;
const unmet: string[] = [];
const crashed: string[] = [];
for (const file of files) {
  const evaluation = ((await import(join(here, file))) as { default: Evaluation }).default;
  console.log(`\n=== ${evaluation.name} (${file})`);
  const started = performance.now();
  let result;
  try {
    result = await evaluation.run();
  } catch (error) {
    console.log(`ERROR ${evaluation.name}: ${(error as Error).stack ?? String(error)}`);
    crashed.push(evaluation.name);
    continue;
  }
  for (const line of result.report) console.log(line);
  for (const target of result.targets) {
    console.log(`${target.ok ? 'MET  ' : 'UNMET'}  ${target.name}: ${target.measured}`);
    if (target.ok) met += 1;
    else unmet.push(`${evaluation.name}: ${target.name}`);
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\neval targets met: ${met} of ${met + unmet.length}`);
for (const u of unmet) console.log(`  unmet: ${u}`);
for (const c of crashed) console.log(`  crashed: ${c}`);
process.exitCode =
  crashed.length > 0 || (process.env.EVAL_STRICT === '1' && unmet.length > 0) ? 1 : 0;
