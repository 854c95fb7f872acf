/** A moderator's day with the CLI on a fresh copy of the seeded data folder: import, list,
 * approve, reject, publish; every payload as the admin routes give it. */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runFourchette } from './helpers/cli-run.ts';
import { seededDataDir } from './helpers/seeded-data.ts';

let dir = '';

const fourchette = (...args: string[]) =>
  runFourchette(args, { ...process.env, FOURCHETTE_DATA_DIR: dir, FOURCHETTE_STORE: 'duckdb' });

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('fourchette contributions', () => {
  let csv = '';
  before(async () => {
    dir = await seededDataDir('fourchette-contrib-cli-');
    csv = join(dir, 'survey.csv');
    writeFileSync(
      csv,
      [
        'role,level,country,city,employment,amount,currency,period,basis,year,monthsPerYear',
        ...[4_410, 4_630, 4_870, 5_120, 5_390].map(
          (m) => `data-engineer,senior,FR,Lyon,employee,${m},EUR,month,gross,2025,12`,
        ),
        'data-engineer,senior,FR,,employee,5,EUR,year,gross,2025,',
        'astronaut,senior,FR,,employee,0x10,EUR,year,gross,2025,',
      ].join('\n'),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a CSV, holding the implausible row and refusing the wrong one', async () => {
    const r = await fourchette('contributions', 'import', csv, '--json');
    assert.equal(r.code, 0, r.stderr);
    const body = JSON.parse(r.stdout) as Json;
    assert.equal(body.rows, 7);
    assert.equal(body.pending, 5);
    assert.equal(body.held, 1);
    assert.equal(body.errors.length, 1);
    assert.match(body.errors[0].message, /"role" "astronaut".*"amount" "0x10"/);
    const again = JSON.parse(
      (await fourchette('contributions', 'import', csv, '--json')).stdout,
    ) as Json;
    assert.equal(again.duplicates, 6, 'importing the same file again stores nothing twice');
  });

  it('lists the queue, rejects the held row and publishes the cohort as one batch', async () => {
    const held = JSON.parse((await fourchette('contributions', 'list', '--status', 'held', '--json')).stdout) as Json;
    assert.equal(held.items.length, 1);
    assert.match(held.items[0].heldReason, /outside/);
    const reject = await fourchette('contributions', 'reject', held.items[0].id);
    assert.equal(reject.code, 0, reject.stderr);
    assert.match(reject.stdout, /rejected \(now erased\)/);
    const publish = await fourchette('contributions', 'publish');
    assert.match(publish.stdout, /published 5 contributions in 1 batches/);
    const stats = JSON.parse((await fourchette('stats', '--role', 'data-engineer', '--level', 'senior', '--country', 'FR', '--json')).stdout) as Json;
    assert.ok(stats.count >= 5);
    assert.equal(stats.max, null);
    assert.equal((await fourchette('contributions', 'list', '--limit', '0x10')).code, 2);
    assert.match((await fourchette('contributions', 'approve')).stderr, /needs a contribution id/);
  }); // prettier-ignore
});
