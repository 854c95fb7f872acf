/** Throughput of the pure normalization: currency + period conversions, and gross → net through
 * the precomputed curves (targets: ≥ 1 million/s and ≥ 100 000/s). */
import { cpus, loadavg } from 'node:os';
import type { Benchmark } from './main.ts';
import { convertBasisYearly } from '../src/domain/gross-net/curves.ts';
import { convertAmount, normalizeObservationToYearlyEur } from '../src/normalize/index.ts';
import { loadNormalizeTables } from '../src/reference/normalize-tables.ts';

// The machine is shared: each case runs in 5 rounds and the fastest round is reported (the
// code's speed, not the neighbours' load); the load average is printed alongside.
function measure(name: string, n: number, target: number, body: (i: number) => number): string {
  let sink = 0;
  for (let i = 0; i < Math.min(n, 50_000); i++) sink += body(i); // warm-up
  let best = Infinity;
  const rounds = 5;
  const perRound = Math.ceil(n / rounds);
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (let i = r * perRound; i < (r + 1) * perRound; i++) sink += body(i);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  const rate = perRound / best;
  const verdict = rate >= target ? 'PASS' : 'FAIL';
  return `${verdict}  ${name}: ${Math.round(rate).toLocaleString('en-US')}/s (best of ${rounds} rounds of ${perRound.toLocaleString('en-US')}; target ≥ ${target.toLocaleString('en-US')}/s)${Number.isNaN(sink) ? ' [NaN]' : ''}`;
}

const bench: Benchmark = {
  name: 'normalize',
  async run() {
    const tables = loadNormalizeTables();
    const grossNet = tables.grossNet;
    if (!grossNet) throw new Error('data/gross-net curves missing');
    const days = tables.fx.days.filter((d) => d >= '2015-01-01');
    const currencies = ['EUR', 'CHF', 'CAD', 'USD', 'GBP'];
    const periods = ['month', 'year', 'day', 'hour'];
    const v = (r: { ok: boolean; value?: number }) => (r.ok ? (r.value as number) : Number.NaN);
    return [
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} on ${cpus().length} CPUs`,
      measure(
        'convertAmount currency + period (CHF/CAD/USD/GBP/EUR month|day|hour → EUR year, dated)',
        2_000_000,
        1_000_000,
        (i) =>
          v(
            convertAmount(
              {
                amount: 1000 + (i % 5000),
                currency: currencies[i % 5] as string,
                period: periods[i % 4] as string,
                basis: 'gross',
                date: days[i % days.length] as string,
                toCurrency: 'EUR',
                toPeriod: 'year',
              },
              tables,
            ),
          ),
      ),
      measure('normalizeObservationToYearlyEur (range in CHF a month)', 1_000_000, 500_000, (i) => {
        const r = normalizeObservationToYearlyEur(
          {
            low: 8000 + (i % 1000),
            high: 9500,
            currency: 'CHF',
            period: 'month',
            basis: 'gross',
            country: 'CH',
            observedOn: days[i % days.length] as string,
          },
          tables,
        );
        return r.ok ? (r.yearEurLow as number) : Number.NaN;
      }),
      measure('convertAmount gross → net (month → year, curves)', 1_000_000, 100_000, (i) =>
        v(
          convertAmount(
            {
              amount: 2000 + (i % 10000),
              currency: 'EUR',
              period: 'month',
              basis: 'gross',
              date: '2024-07-01',
              toBasis: 'net',
              toPeriod: 'year',
              status: i % 2 ? 'cadre' : 'non-cadre',
            },
            tables,
          ),
        ),
      ),
      measure('convertBasisYearly gross → net (raw curve lookup)', 5_000_000, 100_000, (i) =>
        convertBasisYearly(grossNet, 15000 + (i % 285000), 'gross', 'net', 'cadre'),
      ),
    ];
  },
};
export default bench;
