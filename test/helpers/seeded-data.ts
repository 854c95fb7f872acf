/** A data folder as `npm start` leaves it after its first start: the bundled observations and
 * FX rates loaded and the estimator fitted. Loading and fitting take about 10 s of CPU, so the
 * folder is made once per `npm test` run (in FOURCHETTE_TEST_RUN_DIR, which
 * scripts/run-tests.ts creates and removes) or once per process when a file runs alone, and
 * each test gets its own copy. The first start on an empty folder keeps its own tests
 * (test/api-e2e.test.ts, test/cli-e2e.test.ts). */
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_RUN_DIR_ENV = 'FOURCHETTE_TEST_RUN_DIR';

/** Another process of the run builds the template: how long to wait before building our own. */
const WAIT_FOR_OTHER_MS = 120_000;

async function seed(dataDir: string): Promise<void> {
  // Imported here: scripts/run-tests.ts reads this module for its constant only.
  const { readConfig } = await import('../../src/config.ts');
  const { openAppContext } = await import('../../src/service/index.ts');
  const ctx = await openAppContext(readConfig({ FOURCHETTE_DATA_DIR: dataDir }));
  try {
    await ctx.estimator.get(); // writes <dataDir>/models/estimator-*.json
  } finally {
    await ctx.estimator.settled();
    await ctx.store.close();
  }
}

let ownTemplate: Promise<string> | undefined;

/** A template for this process alone, removed when it exits. */
function processTemplate(): Promise<string> {
  ownTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-seeded-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await seed(dir);
    return dir;
  })();
  return ownTemplate;
}

let runTemplate: Promise<string> | undefined;

/** The run's template: the first process to take the lock builds it, the others wait for it. */
function sharedTemplate(root: string): Promise<string> {
  runTemplate ??= (async () => {
    const ready = join(root, 'seeded');
    if (existsSync(ready)) return ready;
    const lock = join(root, 'seeded.lock');
    try {
      mkdirSync(lock);
    } catch {
      const deadline = Date.now() + WAIT_FOR_OTHER_MS;
      while (!existsSync(ready) && existsSync(lock) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 200));
      // A builder that failed, or died and left the lock: this process seeds its own.
      return existsSync(ready) ? ready : processTemplate();
    }
    const building = mkdtempSync(join(root, 'seeding-'));
    try {
      await seed(building);
      renameSync(building, ready); // whole or absent, as the waiters see it
    } catch (error) {
      rmSync(building, { recursive: true, force: true });
      throw error;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return ready;
  })();
  return runTemplate;
}

/** A fresh copy of the seeded data folder, for the caller to remove. */
export async function seededDataDir(prefix = 'fourchette-test-'): Promise<string> {
  const root = process.env[TEST_RUN_DIR_ENV];
  const template = root && existsSync(root) ? await sharedTemplate(root) : await processTemplate();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(template, dir, { recursive: true });
  return dir;
}
