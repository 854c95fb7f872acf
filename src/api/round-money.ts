/** Money leaves the API rounded to cents (p90 74582.40000000001 → 74582.4): applied once, to
 * every response, by key. Rates, factors and shares keep their precision. */
const MONEY_KEYS = new Set([
  'p10', 'p25', 'p50', 'p75', 'p90', 'min', 'max', 'value', 'nominal', 'ppp', 'net',
  'netAfterTax', 'revenue', 'tjm', 'employeeGrossEquivalent', 'low', 'mid', 'high', 'amount',
]); // prettier-ignore

const cents = (v: number) => Math.round(v * 100) / 100;

export function roundMoney<T>(value: T): T {
  if (Array.isArray(value)) return value.map(roundMoney) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>))
    out[key] = typeof v === 'number' && MONEY_KEYS.has(key) ? cents(v) : roundMoney(v);
  return out as T;
}
