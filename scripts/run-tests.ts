/**
 * Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 has no glob for
 * --test). Arguments narrow the run to paths that contain them: `npm test -- src/extract`.
 */
import { spawn } from 'node:child_process';
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
  'test/ingest-workers.test.ts',
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
// Bounded: a test that hangs fails after TEST_TIMEOUT_MS with its name, and a run that does
// not end (a file whose tests are done but whose handles keep it alive) is stopped after
// FOURCHETTE_TEST_DEADLINE_S with every process it started (its own process group), so that a
// hang fails the run instead of holding CI until its own limit.
const TEST_TIMEOUT_MS = 300_000;
const deadlineS = Number(process.env.FOURCHETTE_TEST_DEADLINE_S ?? 1_500);
if (!Number.isFinite(deadlineS) || deadlineS <= 0) {
  console.error(
    `FOURCHETTE_TEST_DEADLINE_S=${process.env.FOURCHETTE_TEST_DEADLINE_S} is not a number of seconds above 0 (unset it for the default, 1500)`,
  );
  process.exit(2);
}
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    `--test-timeout=${TEST_TIMEOUT_MS}`,
    `--test-reporter=${reporter}`,
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/test-summary.mjs',
    '--test-reporter-destination=stdout',
    ...selected,
  ],
  { stdio: 'inherit', detached: true, env: { ...process.env, [TEST_RUN_DIR_ENV]: runDir } },
);
const killGroup = (signal: NodeJS.Signals) => {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
};
// The group is detached from the terminal's: pass on an interrupt.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    killGroup(signal);
    setTimeout(() => killGroup('SIGKILL'), 5_000).unref();
  });
let timedOut = false;
const deadline = setTimeout(() => {
  timedOut = true;
  console.error(
    `\ntest run stopped: not finished after ${deadlineS} s (FOURCHETTE_TEST_DEADLINE_S); a test file kept running after its tests, or a test hangs`,
  );
  killGroup('SIGKILL');
}, deadlineS * 1_000);
const status = await new Promise<number>((resolve) =>
  child.once('exit', (code) => resolve(code ?? 1)),
);
clearTimeout(deadline);
// Whatever the run left behind in its group (a server a failed test did not stop) goes too.
killGroup('SIGKILL');
rmSync(runDir, { recursive: true, force: true });
process.exit(timedOut ? 1 : status);
