/** Purchasing power parity: local currency units per international dollar (World Bank). Pure:
 * the table is an argument, loaded from data/ppp by src/reference/ppp.ts. */
import type { CurrencyCode } from './money.ts';

export interface PppTable {
  readonly source: string;
  /** country (ISO 3166-1 alpha-2) → year → LCU per international $. */
  readonly byCountry: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** country → its currency (the LCU the factors are expressed in). */
  readonly currencyOf: ReadonlyMap<string, CurrencyCode>;
}

export interface PppFactor {
  readonly ok: true;
  readonly lcuPerIntlDollar: number;
  /** The year used: the requested one, or the latest published before it. */
  readonly year: number;
  readonly currency: CurrencyCode;
}

export interface PppMissing {
  readonly ok: false;
  readonly message: string;
}

/** The factor of `country` for `year`, or of the latest earlier year published. */
export function pppFactor(table: PppTable, country: string, year: number): PppFactor | PppMissing {
  const series = table.byCountry.get(country);
  const currency = table.currencyOf.get(country);
  if (!series || series.size === 0) {
    return {
      ok: false,
      message: `no ${table.source} PPP factor for country ${JSON.stringify(country)} (expected an ISO 3166-1 alpha-2 code such as FR)`,
    };
  }
  if (!currency)
    return {
      ok: false,
      message: `the currency of country ${JSON.stringify(country)} is not in data/ppp/currencies.json`,
    };
  let best = -Infinity;
  for (const y of series.keys()) if (y <= year && y > best) best = y;
  if (best === -Infinity) {
    const first = Math.min(...series.keys());
    return {
      ok: false,
      message: `no PPP factor for ${country} in or before ${year} (first: ${first})`,
    };
  }
  return { ok: true, lcuPerIntlDollar: series.get(best) as number, year: best, currency };
}
