/**
 * Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 has no glob for
 * --test). Arguments narrow the run to paths that contain them: `npm test -- src/extract`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_RUN_DIR_ENV } from '../test/helpers/seeded-data.ts';

function findTests(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
}

const filters = process.argv.slice(2);
const files: string[] = [];
for (const root of ['src', 'test']) findTests(root, files);
// The server-mode and fault tests (real processes, their own PostgreSQL and Redis) run in
// `npm run test:faults`, or when named.
const SERVER_TESTS = join('test', 'server');
// The longest files of the runs of 2026-12-01, longest first, start first, so that the run does
// not end on one long file while the other workers idle; the rest follow in path order.
const LONGEST_FIRST = [
  'src/extract/robustness.test.ts',
  'test/browser/chromium.test.ts',
  'test/cli-e2e.test.ts',
  'test/api-e2e.test.ts',
  'src/store/postgres/postgres-store.test.ts',
  'src/ingest/postings/kill-resume.test.ts',
].map((f) => join(...f.split('/')));
const rank = (f: string) => {
  const i = LONGEST_FIRST.indexOf(f);
  return i < 0 ? LONGEST_FIRST.length : i;
};
const selected = files
  .filter((f) =>
    filters.length === 0 ? !f.startsWith(SERVER_TESTS) : filters.some((x) => f.includes(x)),
  )
  .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
if (selected.length === 0) {
  console.error(`no test file matches ${JSON.stringify(filters)}`);
  process.exit(1);
}
// node's own report (spec on a terminal, TAP otherwise, as node picks), then our closing line
// `N passed, N failed, N skipped` with the reason of each skip (scripts/test-summary.mjs).
const reporter = process.stdout.isTTY ? 'spec' : 'tap';
// What the test files of this run share (the seeded data folder, test/helpers/seeded-data.ts).
const runDir = mkdtempSync(join(tmpdir(), 'fourchette-test-run-'));
// One test file per core: most files are CPU-bound (DuckDB, the estimator fit, Chromium), and
// at least two so that a file waiting on a server or a browser leaves the other core working.
const concurrency = Math.max(2, availableParallelism());
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    `--test-reporter=${reporter}`,
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/test-summary.mjs',
    '--test-reporter-destination=stdout',
    ...selected,
  ],
  { stdio: 'inherit', env: { ...process.env, [TEST_RUN_DIR_ENV]: runDir } },
);
rmSync(runDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
