/**
 * Scorers for the test suites of other parsers: price-parser (amount and currency of a price),
 * SearchSteward (annualised USD salary ranges) and datagica (the GPL file, read at eval time only).
 */
import { extractSalaries, findNumbers } from '../../src/extract/index.ts';
import { lang, read, scoreRows, type FileScore, type Row } from './corpus-scoring.ts';

const PRICE_ISO: Record<string, string> = {
  '€': 'EUR',
  EUR: 'EUR',
  $: 'USD',
  '£': 'GBP',
  CHF: 'CHF',
  C$: 'CAD',
  US$: 'USD',
  A$: 'AUD',
  USD: 'USD',
  GBP: 'GBP',
  DKK: 'DKK',
  PLN: 'PLN',
  SGD: 'SGD',
  NOK: 'NOK',
  HUF: 'HUF',
  AED: 'AED',
  RON: 'RON',
  '₹': 'INR',
  '₪': 'ILS',
  '₫': 'VND',
  '₽': 'RUB',
  R$: 'BRL',
};
export function priceParser(file: string): FileScore[] {
  const rows = read(file).filter((r) => !r.xfail);
  let amountOk = 0;
  let withCurrency = 0;
  let bothOk = 0;
  for (const r of rows) {
    const e = r.expected as { amount_number: number | null; currency: string | null };
    const text = r.text ?? '';
    const got = findNumbers(text)[0];
    const value = got?.low ?? null;
    if (value === e.amount_number || (value === null && e.amount_number === null)) amountOk += 1;
    const iso = e.currency ? PRICE_ISO[e.currency] : undefined;
    if (iso && e.amount_number !== null) {
      withCurrency += 1;
      const hint =
        typeof r.currency_hint === 'string'
          ? findNumbers(`1 ${r.currency_hint}`)[0]?.currency
          : null;
      if (value === e.amount_number && (got?.currency ?? hint) === iso) bothOk += 1;
    }
  }
  return [
    { file, what: 'amount exact (not xfail)', passed: amountOk, total: rows.length },
    {
      file,
      what: 'amount + currency, where the currency has an ISO code we read',
      passed: bothOk,
      total: withCurrency,
    },
  ];
}

/** SearchSteward semantics: annualised USD (hour ×2080, month ×12, week ×52), kept in 20 000–900 000. */
export function searchstewardSalary(r: Row): {
  expected: unknown;
  got: { min: number | null; max: number | null } | null;
  ok: boolean;
} {
  const factor: Record<string, number> = { hour: 2080, week: 52, month: 12, year: 1, day: 260 };
  const e = r.expected as {
    min?: number;
    max?: number | null;
    min_in?: number[];
    max_in?: number[];
  } | null;
  // The parser's strings are American postings' pay: the pipeline gives the extractor the
  // posting's currency from its place (USD), as it does for every posting (to-sighting.ts).
  const facts = extractSalaries(r.text ?? '', {
    lang: 'en',
    payField: r.mode === 'explicit',
    currency: 'USD',
  }).filter((f) => f.currency === 'USD' && f.component !== 'bonus');
  let got: { min: number | null; max: number | null } | null = null;
  for (const f of facts) {
    const k = factor[f.period ?? 'year'] ?? 1;
    const min = f.low === null ? null : Math.round(f.low * k);
    const max = f.high === null ? null : Math.round(f.high * k);
    const v = min ?? max ?? 0;
    if (v < 20000 || v > 900000) continue;
    got = { min: min ?? max, max: min === max ? null : min === null ? null : max };
    break;
  }
  let ok: boolean;
  if (e === null) ok = got === null;
  else if (!got) ok = false;
  else {
    ok = true;
    if (e.min !== undefined && got.min !== e.min) ok = false;
    if (e.max !== undefined && got.max !== e.max) ok = false;
    if (e.min_in && !e.min_in.includes(got.min ?? -1)) ok = false;
    if (e.max_in && !e.max_in.includes(got.max ?? -1)) ok = false;
  }
  return { expected: e, got, ok };
}

export function searchsteward(file: string): FileScore {
  return scoreRows(
    file,
    'annualised USD min/max as asserted (None when none)',
    (r) => searchstewardSalary(r).ok,
  );
}

export function datagica(file: string): FileScore {
  const what = 'currency / value / hourly+monthly (GPL file, read at eval time only)';
  return scoreRows(file, what, (r) => {
    const e = r.expected as {
      currency?: string;
      value?: number;
      hourly?: { currency: string; value: number };
      monthly?: { currency: string; value: number };
    };
    const facts = extractSalaries(r.text ?? '', { lang: lang(r), payField: true });
    const f = facts[0];
    let ok = false;
    if (r.function === 'parseCurrency') ok = f?.currency === e.currency;
    else if (r.function === 'parseValue') ok = f !== undefined && (f.low ?? f.high) === e.value;
    else if (f && e.hourly && e.monthly) {
      const v = f.low ?? f.high ?? 0;
      const hourly = f.period === 'hour' ? v : f.period === 'month' ? Math.round(v / 160) : null;
      const monthly = f.period === 'hour' ? v * 160 : f.period === 'month' ? v : null;
      ok =
        f.currency === e.hourly.currency &&
        hourly === e.hourly.value &&
        monthly === e.monthly.value;
    }
    return ok;
  });
}
