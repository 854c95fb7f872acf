import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import { runCli } from '../main.ts';

async function run(argv: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await runCli(argv, { stdout: out, stderr: err });
  return { code, stdout, stderr };
}

describe('fourchette convert / freelance / compare', () => {
  it('prints 4 710 € a month as 56 520 € a year in one JSON object with a trace', async () => {
    const r = await run([
      'convert',
      '--amount',
      '4710',
      '--currency',
      'EUR',
      '--period',
      'month',
      '--basis',
      'gross',
      '--to-period',
      'year',
      '--json',
    ]);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout) as {
      value: number;
      currency: string;
      period: string;
      basis: string;
      trace: unknown[];
    };
    assert.deepEqual(
      [json.value, json.currency, json.period, json.basis],
      [56520, 'EUR', 'year', 'gross'],
    );
    assert.equal(json.trace.length, 1);
  });

  it('prints the net before tax of a yearly gross cadre salary', async () => {
    const r = await run([
      'convert',
      '--amount',
      '56520',
      '--currency',
      'EUR',
      '--period',
      'year',
      '--basis',
      'gross',
      '--date',
      '2024-07-01',
      '--status',
      'cadre',
      '--to-basis',
      'net',
      '--json',
    ]);
    const json = JSON.parse(r.stdout) as { value: number; basis: string };
    assert.equal(json.basis, 'net');
    assert.ok(Math.abs(json.value / 44415.86 - 1) < 0.005);
  });

  it('refuses a negative amount and an unknown currency with one line and exit code 2', async () => {
    const negative = await run([
      'convert',
      '--amount',
      '-3',
      '--currency',
      'EUR',
      '--period',
      'month',
      '--basis',
      'gross',
      '--json',
    ]);
    assert.equal(negative.code, 2);
    assert.match(negative.stderr, /amount -3 is negative \(expected a number ≥ 0\)/);
    const euro = await run([
      'convert',
      '--amount',
      '3',
      '--currency',
      'EURO',
      '--period',
      'month',
      '--basis',
      'gross',
      '--json',
    ]);
    assert.equal(euro.code, 2);
    assert.equal(
      euro.stderr,
      'fourchette convert: option --currency has invalid value "EURO" (expected ISO 4217 currency code, e.g. EUR)\n',
    );
  });

  it('prints revenue, net and the equivalent cadre salary of a SASU day rate', async () => {
    const r = await run([
      'freelance',
      '--tjm',
      '700',
      '--days',
      '200',
      '--status',
      'sasu',
      '--json',
    ]);
    assert.equal(r.code, 0);
    const [json] = (
      JSON.parse(r.stdout) as {
        results: { revenue: number; net: number; employeeGrossEquivalent: number }[];
      }
    ).results;
    assert.ok(json);
    assert.equal(json.revenue, 140000);
    assert.ok(Math.abs(json.net / 79446 - 1) < 0.01);
    assert.ok(json.employeeGrossEquivalent > json.net);
  });

  it('says a micro-entreprise above its ceiling is not possible, as the API does', async () => {
    const r = await run([
      'freelance',
      '--tjm',
      '700',
      '--days',
      '200',
      '--status',
      'micro',
      '--json',
    ]);
    assert.equal(r.code, 0);
    const [micro] = (JSON.parse(r.stdout) as { results: { ok: boolean; message: string }[] })
      .results;
    assert.equal(micro?.ok, false);
    assert.match(micro?.message ?? '', /above the micro-entreprise ceiling/);
  });

  it('compares Zurich and Luxembourg pay nominally and in French purchasing power', async () => {
    const r = await run([
      'compare',
      '--items',
      'CH:9170:CHF,LU:5100:EUR',
      '--period',
      'month',
      '--date',
      '2024-07-01',
      '--json',
    ]);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout) as {
      currency: string;
      items: { country: string; nominal: number; pppAdjusted: number }[];
    };
    assert.equal(json.currency, 'EUR');
    assert.deepEqual(
      json.items.map((i) => i.country),
      ['CH', 'LU'],
    );
    assert.ok(json.items.every((i) => i.pppAdjusted > 0 && i.pppAdjusted < i.nominal));
  });
});
