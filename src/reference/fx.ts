/** Loads the bundled ECB reference rates (data/fx) into an FxTable. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { FxTable } from '../domain/index.ts';
import { parseCsv } from '../formats/index.ts';
import { dataPath } from './paths.ts';

export function parseEcbHistory(csv: string): FxTable {
  const records = parseCsv(csv, 'data/fx/eurofxref-hist.csv').filter(
    (r) => r.length > 1 || r[0] !== '',
  );
  const header = records[0] ?? [];
  const currencies = header.slice(1).filter((c) => c.length === 3);
  const rows = records.slice(1).sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
  const days = rows.map((r) => r[0] as string);
  const ratesPerEur = new Map<string, Float64Array>();
  currencies.forEach((currency, c) => {
    const series = new Float64Array(rows.length);
    rows.forEach((r, i) => {
      const v = Number(r[c + 1]);
      series[i] = r[c + 1] === 'N/A' || !Number.isFinite(v) ? Number.NaN : v;
    });
    ratesPerEur.set(currency, series);
  });
  return { source: 'ECB euro reference rates', days, ratesPerEur };
}

let cached: FxTable | undefined;

export function loadFxTable(): FxTable {
  cached ??= parseEcbHistory(
    gunzipSync(readFileSync(dataPath('fx', 'eurofxref-hist.csv.gz'))).toString('utf8'),
  );
  return cached;
}
