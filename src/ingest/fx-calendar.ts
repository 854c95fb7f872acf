/** Expands ECB business-day rates into one row per calendar day (the rate of the day, or of the
 * nearest earlier business day), so that the store converts with a plain equality join. */
import type { FxTable } from '../domain/index.ts';
import type { FxRateRow } from '../store/index.ts';

const DAY_MS = 86_400_000;

export function calendarFxRows(table: FxTable, until: string): FxRateRow[] {
  const rows: FxRateRow[] = [];
  const first = table.days[0];
  if (!first) return rows;
  const end = Date.parse(`${until}T00:00:00Z`);
  for (const [currency, series] of table.ratesPerEur) {
    let i = 0;
    let last = Number.NaN;
    for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += DAY_MS) {
      const day = new Date(t).toISOString().slice(0, 10);
      while (i < table.days.length && (table.days[i] as string) <= day) {
        const v = series[i] as number;
        if (!Number.isNaN(v)) last = v;
        i += 1;
      }
      if (!Number.isNaN(last)) rows.push({ currency, day, perEur: last });
    }
  }
  return rows;
}
