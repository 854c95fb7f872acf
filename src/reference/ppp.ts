/** Loads data/ppp: World Bank PPP factors (GDP, LCU per international $) and country currencies. */
import { readFileSync } from 'node:fs';
import type { PppTable } from '../domain/ppp.ts';
import { dataPath } from './paths.ts';

/** Parses `Country, Country ID, Year, PPP` (country names may be quoted and contain commas). */
export function parsePppCsv(csv: string): Map<string, Map<number, number>> {
  const byCountry = new Map<string, Map<number, number>>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    if (line.length === 0) continue;
    // The last three fields never contain commas: read them from the right.
    const parts = line.split(',');
    const value = Number(parts[parts.length - 1]);
    const year = Number(parts[parts.length - 2]);
    const country = parts[parts.length - 3] ?? '';
    if (!/^[A-Z]{2}$/.test(country) || !Number.isInteger(year) || !(value > 0)) continue;
    let series = byCountry.get(country);
    if (!series) byCountry.set(country, (series = new Map()));
    series.set(year, value);
  }
  return byCountry;
}

let cached: PppTable | undefined;

export function loadPppTable(): PppTable {
  if (cached) return cached;
  const byCountry = parsePppCsv(readFileSync(dataPath('ppp', 'ppp-gdp.csv'), 'utf8'));
  const currencies = JSON.parse(readFileSync(dataPath('ppp', 'currencies.json'), 'utf8')) as {
    currencies: Record<string, string>;
  };
  cached = {
    source: 'World Bank ICP, PPP conversion factor, GDP (PA.NUS.PPP)',
    byCountry,
    currencyOf: new Map(Object.entries(currencies.currencies)),
  };
  return cached;
}
