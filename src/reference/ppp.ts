/** Loads data/ppp: World Bank PPP factors (GDP, LCU per international $) and country currencies. */
import { readFileSync } from 'node:fs';
import type { PppTable } from '../domain/index.ts';
import { parseCsv } from '../formats/index.ts';
import { dataPath } from './paths.ts';

/** Parses `Country, Country ID, Year, PPP` (country names may be quoted and contain commas). */
export function parsePppCsv(csv: string): Map<string, Map<number, number>> {
  const byCountry = new Map<string, Map<number, number>>();
  for (const parts of parseCsv(csv, 'data/ppp').slice(1)) {
    const value = Number(parts[3]);
    const year = Number(parts[2]);
    const country = parts[1] ?? '';
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
