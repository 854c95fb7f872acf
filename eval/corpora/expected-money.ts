/**
 * How the corpora's expected money reads in our terms: Duckling and Recognizers-Text unit names
 * as ISO codes, subunits (cents, pence) as fractions of the main unit, values equal up to float
 * noise.
 */

/** Duckling / Recognizers units → ISO (the baseline's lenient rule: bare dollar = USD, pound = GBP). */
const UNIT_ISO: Record<string, string[]> = {
  $: ['USD'],
  '£': ['GBP'],
  dollar: ['USD'],
  'united states dollar': ['USD'],
  euro: ['EUR'],
  'chinese yuan': ['CNY'],
  'yuan chinois': ['CNY'],
  livre: ['GBP'],
  pound: ['GBP'],
  'british pound': ['GBP'],
  franc: ['CHF'],
  'franc suisse': ['CHF'],
  'swiss franc': ['CHF'],
  'yen japonais': ['JPY'],
  'japanese yen': ['JPY'],
  'canadian dollar': ['CAD'],
  'dollar canadien': ['CAD'],
  'mexican peso': ['MXN'],
  'australian dollar': ['AUD'],
  'dollar australien': ['AUD'],
  'dollar états-unis': ['USD'],
  'turkish lira': ['TRY'],
  rupee: ['INR'],
  roupie: ['INR'],
  'roupie indienne': ['INR'],
  'dollar de hong kong': ['HKD'],
  'hong kong dollar': ['HKD'],
  'dollar néo-zélandais': ['NZD'],
  'new zealand dollar': ['NZD'],
  'costa rican colón': ['CRC'],
  dirham: ['MAD', 'AED'],
  dinar: ['TND', 'DZD', 'KWD', 'BHD', 'JOD'],
  rial: ['OMR', 'IRR', 'YER'],
  riyal: ['SAR', 'QAR'],
};
/**
 * Units the corpora name that we write as ISO codes: historic currencies (ISO 4217 kept their
 * codes) and bitcoin (no ISO code; XBT, the X-prefixed form).
 */
Object.assign(UNIT_ISO, {
  'finnish markka': ['FIM'],
  'mark finlandais': ['FIM'],
  peseta: ['ESP'],
  'netherlands guilder': ['NLG'],
  'florins néerlandais': ['NLG'],
  bitcoin: ['XBT'],
});
/**
 * Subunit units (RT's "Cent", "Pence", Duckling's "cent"): N of them are N/per of the main unit,
 * which is how we write them ("50 cents" → 0.5 USD). A cent is a cent of any currency that has
 * cents (the baseline's lenient rule, as for a bare dollar).
 */
const SUBUNITS: Record<string, { per: number; codes: string[] }> = {
  cent: { per: 100, codes: ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD'] },
  pence: { per: 100, codes: ['GBP'] },
  penny: { per: 100, codes: ['GBP'] },
  centimes: { per: 100, codes: ['EUR', 'CHF'] },
  pesewa: { per: 100, codes: ['GHS'] },
  sen: { per: 100, codes: ['MYR'] },
  satoshi: { per: 1e8, codes: ['XBT'] },
};
/** The expected value in the main unit, with the ISO codes that may carry it. */
export function expectedMoney(
  value: number,
  unit: string | null | undefined,
  iso?: string | null,
): { value: number; codes: string[] } {
  const sub = unit && !iso ? SUBUNITS[unit.toLowerCase()] : undefined;
  if (sub) return { value: value / sub.per, codes: sub.codes };
  return { value, codes: isoOf(unit, iso) };
}
/** Equal up to float noise (16.4 × 1e6, 1.2 / 100). */
export const sameValue = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a === b ||
  (typeof a === 'number' &&
    typeof b === 'number' &&
    Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
function isoOf(unit: string | null | undefined, iso?: string | null): string[] {
  if (iso) return [iso];
  if (!unit) return [];
  if (/^[A-Z]{3}$/.test(unit)) return [unit];
  return UNIT_ISO[unit.toLowerCase()] ?? [`?${unit}`];
}
