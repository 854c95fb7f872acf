/** Currency symbols, ISO codes and words (FR/EN) → ISO 4217, before or after a figure. */
import { Lexicon } from './lexicon.ts';
import { SYM, WORD, type Tokens } from './tokens.ts';

const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₺': 'TRY',
  '₫': 'VND',
  '₪': 'ILS',
  '฿': 'THB',
  '₦': 'NGN',
  '₱': 'PHP',
  '₴': 'UAH',
  '₸': 'KZT',
  '₡': 'CRC',
};

/** Prefixes glued to "$": "US$", "C$", "CA$", "A$", "NZ$", "HK$", "S$", "R$", "MX$". */
const DOLLAR_PREFIX: Record<string, string> = {
  us: 'USD',
  c: 'CAD',
  ca: 'CAD',
  cad: 'CAD',
  a: 'AUD',
  au: 'AUD',
  nz: 'NZD',
  hk: 'HKD',
  s: 'SGD',
  sg: 'SGD',
  r: 'BRL',
  mx: 'MXN',
};
/** Words after "$": "$ CA", "$CAD", "$ US", "$ canadiens". */
const DOLLAR_SUFFIX: Record<string, string> = {
  ca: 'CAD',
  cad: 'CAD',
  can: 'CAD',
  canadien: 'CAD',
  canadian: 'CAD',
  us: 'USD',
  usd: 'USD',
  au: 'AUD',
  aud: 'AUD',
  americain: 'USD',
  australien: 'AUD',
  nz: 'NZD',
  hk: 'HKD',
};

const LOWER_SUFFIX_OK = new Set(['c', 'hk', 'usd', 'cad', 'us', 'ca']);

/** ISO codes read in any case; the others only in upper case (MAD, TRY, RON are also words). */
const LOOSE_CODES = new Set([
  'eur',
  'usd',
  'chf',
  'cad',
  'gbp',
  'aud',
  'jpy',
  'inr',
  'nzd',
  'sgd',
  'hkd',
  'cny',
  'sek',
  'nok',
  'dkk',
  'pln',
  'brl',
  'zar',
  'keur',
  'kusd',
]);
const STRICT_CODES = new Set([
  'MAD',
  'TND',
  'DZD',
  'XOF',
  'XAF',
  'AED',
  'SAR',
  'QAR',
  'ILS',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'TRY',
  'RUB',
  'KRW',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'EGP',
  'NGN',
  'KES',
  'THB',
  'VND',
  'PHP',
  'IDR',
  'MYR',
  'TWD',
  'UAH',
  'ISK',
]);

const WORDS = new Lexicon<string>([
  ['euro', 'EUR'],
  ['eur', 'EUR'],
  ['dollar', 'USD'],
  ['dollar us', 'USD'],
  ['dollar américain', 'USD'],
  ['us dollar', 'USD'],
  ['american dollar', 'USD'],
  ['dollar canadien', 'CAD'],
  ['canadian dollar', 'CAD'],
  ['dollar australien', 'AUD'],
  ['australian dollar', 'AUD'],
  ['livre sterling', 'GBP'],
  ['pound sterling', 'GBP'],
  ['pound', 'GBP'],
  ['british pound', 'GBP'],
  ['livre', 'GBP'],
  ['franc suisse', 'CHF'],
  ['swiss franc', 'CHF'],
  ['franc', 'CHF'],
  ['dirham', 'MAD'],
  ['dirham marocain', 'MAD'],
  ['dirham émirati', 'AED'],
  ['dh', 'MAD'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['roupie', 'INR'],
  ['rupee', 'INR'],
  ['rouble', 'RUB'],
  ['ruble', 'RUB'],
  ['dinar tunisien', 'TND'],
  ['dinar algérien', 'DZD'],
  ['franc cfa', 'XOF'],
  ['zloty', 'PLN'],
  ['couronne suédoise', 'SEK'],
  ['real brésilien', 'BRL'],
  ['sterling', 'GBP'],
]);

export interface CurrencyMatch {
  readonly code: string;
  /** First and last+1 token of the currency expression. */
  readonly start: number;
  readonly end: number;
}

function codeAt(t: Tokens, i: number): string | null {
  if (t.kind[i] !== WORD) return null;
  const raw = t.raw(i);
  if (raw.length === 3 || raw.length === 4) {
    const lower = raw.toLowerCase();
    if (LOOSE_CODES.has(lower))
      return lower.startsWith('k') ? lower.slice(1).toUpperCase() : raw.toUpperCase();
    if (STRICT_CODES.has(raw)) return raw;
  }
  if (raw === 'CHF' || raw === 'Fr' || raw === 'SFr') return 'CHF';
  if (raw === 'RM') return 'MYR';
  if (raw === 'LE') return 'EGP';
  return null;
}

function glued(t: Tokens, i: number): boolean {
  return i > 0 && !t.spaceBefore(i) && t.end[i - 1] === t.start[i];
}

/** A "$" at i, with its prefix (glued before) or suffix word read into the code. */
function dollarAt(t: Tokens, i: number): CurrencyMatch {
  let start = i;
  let end = i + 1;
  let code = 'USD';
  if (i > 0 && t.kind[i - 1] === WORD && glued(t, i)) {
    const prefix = DOLLAR_PREFIX[t.raw(i - 1).toLowerCase()];
    if (prefix) {
      code = prefix;
      start = i - 1;
    }
  }
  if (start === i && end < t.count && t.kind[end] === WORD) {
    const raw = t.raw(end);
    const suffix = DOLLAR_SUFFIX[t.key(end)];
    if (suffix && (raw === raw.toUpperCase() || raw.length > 3 || LOWER_SUFFIX_OK.has(raw))) {
      code = suffix;
      end += 1;
    }
  }
  return { code, start, end };
}

/** A currency expression starting at token i ("€", "euros", "MAD", "$ CA", "francs suisses"). */
export function currencyAt(t: Tokens, i: number): CurrencyMatch | null {
  if (i >= t.count) return null;
  if (t.kind[i] === SYM) {
    const raw = t.raw(i);
    if (raw === '$') return dollarAt(t, i);
    const code = SYMBOLS[raw];
    return code ? { code, start: i, end: i + 1 } : null;
  }
  if (t.kind[i] !== WORD) return null;
  // a glued prefix of "$" ("US$", "C$") starts here too
  if (i + 1 < t.count && t.kind[i + 1] === SYM && t.raw(i + 1) === '$' && glued(t, i + 1)) {
    const d = dollarAt(t, i + 1);
    if (d.start === i) return d;
  }
  const code = codeAt(t, i);
  if (code) return { code, start: i, end: i + 1 };
  const m = WORDS.matchAt(t, i);
  if (m) return { code: m.value, start: i, end: m.end };
  return null;
}

/** A currency expression that ends just before token i (for "€60k", "USD 95,000", "CHF 120'000"). */
export function currencyBefore(t: Tokens, i: number): CurrencyMatch | null {
  const j = i - 1;
  if (j < 0) return null;
  if (t.kind[j] === SYM) {
    const raw = t.raw(j);
    if (raw === '$') {
      const d = dollarAt(t, j);
      return { code: d.code, start: d.start, end: j + 1 };
    }
    const code = SYMBOLS[raw];
    return code ? { code, start: j, end: j + 1 } : null;
  }
  if (t.kind[j] === WORD) {
    const code = codeAt(t, j);
    if (code) return { code, start: j, end: j + 1 };
    // "$US 95 000", "$ CA 80 000"
    if (j > 0 && t.kind[j - 1] === SYM && t.raw(j - 1) === '$') {
      const d = dollarAt(t, j - 1);
      if (d.end === j + 1) return d;
    }
  }
  return null;
}

/** After a scale word: "millions de dollars", "million d'euros", "thousand dollars", "mille euros". */
export function currencyAfterScale(t: Tokens, k: number): CurrencyMatch | null {
  const direct = currencyAt(t, k);
  if (direct) return direct;
  const key = t.key(k);
  if (key === 'de' || key === 'of') {
    const c = currencyAt(t, k + 1);
    if (c) return { code: c.code, start: k, end: c.end };
  }
  if (key === 'd' && t.key(k + 1) === "'") {
    const c = currencyAt(t, k + 2);
    if (c && t.kind[c.start] === WORD) return { code: c.code, start: k, end: c.end };
  }
  return null;
}
