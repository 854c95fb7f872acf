/** The closing line of `npm test` counts a skipped suite as skipped, with its reason. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

describe('the test summary', () => {
  it('reports passed, failed and skipped suites with the reason of each skip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-summary-'));
    try {
      const file = join(dir, 'sample.test.mjs');
      writeFileSync(
        file,
        [
          "import { describe, it } from 'node:test';",
          "describe('runs', () => { it('a', () => {}); it('b', () => {}); });",
          "describe('pages in Chromium', { skip: 'Chromium not found: apt-get install -y chromium' }, () => { it('c', () => {}); });",
          "it('fails', () => { throw new Error('no'); });",
        ].join('\n'),
      );
      const r = spawnSync(
        process.execPath,
        [
          '--test',
          '--test-reporter=tap',
          '--test-reporter-destination=stdout',
          `--test-reporter=${resolve('scripts/test-summary.mjs')}`,
          '--test-reporter-destination=stdout',
          file,
        ],
        // Without NODE_TEST_CONTEXT, the child runs as a test run of its own, not as our subtest.
        { encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined } },
      );
      const tail = r.stdout.trimEnd().split('\n').slice(-2);
      assert.equal(tail[0], '2 passed, 1 failed, 1 skipped');
      assert.match(
        tail[1] ?? '',
        /^ {2}skipped: pages in Chromium \(.*sample\.test\.mjs\): Chromium not found: apt-get install -y chromium$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
