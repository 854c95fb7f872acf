/**
 * `npm run eval`: runs every eval/*.eval.ts against the data in ../shared (never part of
 * `npm test`). Each file default-exports `{ name, run(): Promise<EvalResult> }`; a failing
 * target makes the run exit non-zero. `npm run eval -- extract` runs the files whose name
 * contains "extract".
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

let passed = 0;
let failed = 0;
for (const file of files) {
  const evaluation = ((await import(join(here, file))) as { default: Evaluation }).default;
  console.log(`\n=== ${evaluation.name} (${file})`);
  const started = performance.now();
  const result = await evaluation.run();
  for (const line of result.report) console.log(line);
  for (const target of result.targets) {
    console.log(`${target.ok ? 'PASS' : 'FAIL'}  ${target.name}: ${target.measured}`);
    if (target.ok) passed += 1;
    else failed += 1;
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\neval: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
