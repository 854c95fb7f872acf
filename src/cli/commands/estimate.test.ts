import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../main.ts';
import { AIJOBS_COLUMNS } from '../../formats/index.ts';
import { seededRandom } from '../../../test/helpers/synthetic-salaries.ts';

function capture() {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  return { io: { stdout: out, stderr: err }, text: () => ({ stdout, stderr }) };
}

const dir = mkdtempSync(join(tmpdir(), 'fourchette-estimate-'));
const random = seededRandom(7);
const lines = [AIJOBS_COLUMNS.join(',')];
for (let i = 0; i < 200; i += 1) {
  const level = ['EN', 'MI', 'SE'][i % 3]!;
  const usd = Math.round((level === 'SE' ? 150_000 : 100_000) * (0.8 + 0.4 * random()));
  lines.push(
    `2024,${level},FT,${i % 2 ? 'Data Engineer' : '"Scientist, Data"'},${usd},USD,${usd},US,0,US,M`,
  );
}
const train = join(dir, 'train.csv');
writeFileSync(train, `${lines.join('\r\n')}\r\n`);
const batch = join(dir, 'test.csv');
writeFileSync(
  batch,
  [
    AIJOBS_COLUMNS.join(','),
    '2025,SE,FT,Data Engineer,,USD,,US,0,US,M',
    '2025,EN,FT,Unheard Of,,EUR,,FR,100,FR,S',
  ].join('\n'),
);

describe('fourchette estimate', () => {
  it('prints one line of p10…p90 per batch row, in order', async () => {
    const { io, text } = capture();
    assert.equal(await runCli(['estimate', '--train', train, '--batch', batch, '--json'], io), 0);
    const rows = text()
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, number>);
    assert.equal(rows.length, 2);
    assert.deepEqual(Object.keys(rows[0]!), ['p10', 'p25', 'p50', 'p75', 'p90']);
    assert.ok(rows[0]!.p50! > 120_000 && rows[0]!.p50! < 180_000, JSON.stringify(rows[0]));
  });

  it('explains a profile with its waterfall', async () => {
    const { io, text } = capture();
    assert.equal(
      await runCli(
        [
          'estimate',
          '--train',
          train,
          '--title',
          'Data Engineer',
          '--level',
          'senior',
          '--country',
          'US',
        ],
        io,
      ),
      0,
    );
    assert.match(text().stdout, /how p50 is built/);
    assert.match(text().stdout, /level: senior/);
  });

  it('exits 2 naming the row and column of a bad salary_in_usd', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      `${AIJOBS_COLUMNS.join(',')}\n2024,SE,FT,Data Engineer,1,USD,n/a,US,0,US,M\n`,
    );
    const { io, text } = capture();
    assert.equal(await runCli(['estimate', '--train', bad, '--batch', batch, '--json'], io), 2);
    assert.match(text().stderr, /bad\.csv line 2 column salary_in_usd: "n\/a"/);
  });

  it('exits 2 on a file that cannot be read', async () => {
    const { io, text } = capture();
    assert.equal(
      await runCli(['estimate', '--train', join(dir, 'missing.csv'), '--batch', batch], io),
      2,
    );
    assert.match(text().stderr, /cannot be read \(ENOENT\)/);
  });
});
