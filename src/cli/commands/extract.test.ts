import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { runCli } from '../main.ts';

function capture(): { stream: Writable; text: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  return { stream, text: () => out };
}

describe('fourchette extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fourchette-extract-'));
  const file = join(dir, 'ad.txt');
  writeFileSync(file, 'Data engineer à Lyon.\nSalaire : 45 000 – 52 000 € brut par an.\n');

  it('prints one JSON line per fact with the contract keys and offsets into the file', async () => {
    const out = capture();
    const err = capture();
    const code = await runCli(['extract', '--json', file], {
      stdout: out.stream,
      stderr: err.stream,
    });
    assert.equal(code, 0);
    const lines = out.text().trim().split('\n');
    assert.equal(lines.length, 1);
    const fact = JSON.parse(lines[0] as string) as Record<string, unknown> & {
      evidence: { start: number; end: number; text: string };
    };
    assert.deepEqual(Object.keys(fact), [
      'file',
      'low',
      'high',
      'currency',
      'period',
      'basis',
      'component',
      'employment',
      'role',
      'level',
      'country',
      'city',
      'evidence',
    ]);
    assert.equal(fact.file, file);
    assert.deepEqual(
      [fact.low, fact.high, fact.currency, fact.period, fact.basis],
      [45000, 52000, 'EUR', 'year', 'gross'],
    );
    assert.equal(fact.evidence.text, '45 000 – 52 000 €');
    assert.equal(fact.evidence.start, 'Data engineer à Lyon.\nSalaire : '.length);
  });

  it('names a missing file in a one-line error and exits with 2', async () => {
    const out = capture();
    const err = capture();
    const code = await runCli(['extract', '--json', join(dir, 'missing.txt')], {
      stdout: out.stream,
      stderr: err.stream,
    });
    assert.equal(code, 2);
    assert.match(err.text(), /missing\.txt/);
    assert.equal(err.text().trim().split('\n').length, 1);
  });
});
