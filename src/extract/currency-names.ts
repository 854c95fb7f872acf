/**
 * The tables behind currency reading: symbols, ISO 4217 codes, currency words (FR/EN, current
 * and historic) and subunits. Codes are ISO 4217, historic ones included (FIM, ESP, NLG, DEM,
 * FRF: withdrawn but still the codes of those currencies); bitcoin, which has none, is XBT
 * (the X-prefixed form used for non-national currencies).
 */
import { Lexicon } from './lexicon.ts';

export const SYMBOLS: Record<string, string> = {
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
  '₲': 'PYG',
  '₵': 'GHS',
  '₭': 'LAK',
  '₾': 'GEL',
  '₿': 'XBT',
  元: 'CNY',
};

/** Prefixes of "$", glued ("US$", "C$", "MXN$", "Mex$") or, for these few, spaced ("C $", "HK $"). */
export const DOLLAR_PREFIX: Record<string, string> = {
  us: 'USD',
  usd: 'USD',
  c: 'CAD',
  ca: 'CAD',
  can: 'CAD',
  cad: 'CAD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  nz: 'NZD',
  nzd: 'NZD',
  hk: 'HKD',
  hkd: 'HKD',
  s: 'SGD',
  sg: 'SGD',
  sgd: 'SGD',
  r: 'BRL',
  mx: 'MXN',
  mxn: 'MXN',
  mex: 'MXN',
};
/** Spaced prefixes that are not also common words ("a $5 bonus" is not Australian). */
export const SPACED_DOLLAR_PREFIX = new Set(['c', 'hk', 'nz', 'us', 'cad', 'hkd', 'nzd', 'mxn']);

/** Words after "$": "$ CA", "$CAD", "$ US", "$ canadiens", "1,34 $ c". */
export const DOLLAR_SUFFIX: Record<string, string> = {
  c: 'CAD',
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
export const LOWER_SUFFIX_OK = new Set(['c', 'hk', 'usd', 'cad', 'us', 'ca']);

/** ISO codes read in any case; the others only in upper case (MAD, TRY, RON are also words). */
export const LOOSE_CODES = new Set([
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
  'rmb',
  'sek',
  'nok',
  'dkk',
  'pln',
  'brl',
  'zar',
  'keur',
  'kusd',
]);
export const STRICT_CODES = new Set([
  'MAD',
  'TND',
  'DZD',
  'XOF',
  'XAF',
  'AED',
  'SAR',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'LBP',
  'IRR',
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
  'GHS',
  'KES',
  'THB',
  'VND',
  'PHP',
  'IDR',
  'MYR',
  'TWD',
  'UAH',
  'ISK',
  'MNT',
  'PKR',
  'LKR',
  'BDT',
  'NPR',
  'GEL',
  'LAK',
  'XBT',
]);
/** Codes written otherwise: "Fr." and "SFr." (Swiss francs), "Rs" (rupees), "RM" (ringgit), "BTC". */
export const OTHER_CODES: Record<string, string> = {
  CHF: 'CHF',
  Fr: 'CHF',
  SFr: 'CHF',
  Rs: 'INR',
  RM: 'MYR',
  LE: 'EGP',
  BTC: 'XBT',
  RMB: 'CNY',
};
/** Codes that take an abbreviation dot before the figure ("Rs. 20", "Fr. 120'000"). */
export const DOTTED_CODES = new Set(['Rs', 'Fr', 'SFr']);

export const WORDS = new Lexicon<string>([
  ['euro', 'EUR'],
  ['eur', 'EUR'],
  ['dollar', 'USD'],
  ['dollar us', 'USD'],
  ['dollar américain', 'USD'],
  ['us dollar', 'USD'],
  ['american dollar', 'USD'],
  ['buck', 'USD'],
  ['dollar canadien', 'CAD'],
  ['canadian dollar', 'CAD'],
  ['dollar australien', 'AUD'],
  ['australian dollar', 'AUD'],
  ['livre sterling', 'GBP'],
  ['pound sterling', 'GBP'],
  ['pound', 'GBP'],
  ['british pound', 'GBP'],
  ['livre', 'GBP'],
  ['sterling', 'GBP'],
  ['franc suisse', 'CHF'],
  ['swiss franc', 'CHF'],
  ['franc', 'CHF'],
  ['franc français', 'FRF'],
  ['franc cfa', 'XOF'],
  ['balle', 'EUR'],
  ['dirham', 'MAD'],
  ['dirham marocain', 'MAD'],
  ['dirham émirati', 'AED'],
  ['dh', 'MAD'],
  ['yen', 'JPY'],
  ['yen japonais', 'JPY'],
  ['japanese yen', 'JPY'],
  ['yuan', 'CNY'],
  ['yuan chinois', 'CNY'],
  ['chinese yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['roupie', 'INR'],
  ['roupie indienne', 'INR'],
  ['rupee', 'INR'],
  ['indian rupee', 'INR'],
  ['sri lankan rupee', 'LKR'],
  ['pakistani rupee', 'PKR'],
  ['ரூ', 'LKR'],
  ['rouble', 'RUB'],
  ['ruble', 'RUB'],
  ['dinar', 'TND'],
  ['dinar tunisien', 'TND'],
  ['tunisian dinar', 'TND'],
  ['dinar algérien', 'DZD'],
  ['algerian dinar', 'DZD'],
  ['kuwaiti dinar', 'KWD'],
  ['dinar koweïtien', 'KWD'],
  ['rial', 'IRR'],
  ['omani rial', 'OMR'],
  ['riyal', 'SAR'],
  ['saudi riyal', 'SAR'],
  ['saudiriyal', 'SAR'],
  ['riyal saoudien', 'SAR'],
  ['qatari riyal', 'QAR'],
  ['riyal qatari', 'QAR'],
  ['lebanese pound', 'LBP'],
  ['livre libanaise', 'LBP'],
  ['egyptian pound', 'EGP'],
  ['egyptianpound', 'EGP'],
  ['livre égyptienne', 'EGP'],
  ['geneh', 'EGP'],
  ['genihat', 'EGP'],
  ['shekel', 'ILS'],
  ['sheqel', 'ILS'],
  ['ringgit', 'MYR'],
  ['malaysian ringgit', 'MYR'],
  ['malaysia ringgit', 'MYR'],
  ['tugrik', 'MNT'],
  ['turkish lira', 'TRY'],
  ['livre turque', 'TRY'],
  ['lira turque', 'TRY'],
  ['lira', 'TRY'],
  ['hryvnia', 'UAH'],
  ['lari', 'GEL'],
  ['kip', 'LAK'],
  ['zloty', 'PLN'],
  ['forint', 'HUF'],
  ['rand', 'ZAR'],
  ['couronne suédoise', 'SEK'],
  ['swedish krona', 'SEK'],
  ['real brésilien', 'BRL'],
  ['brazilian real', 'BRL'],
  ['peso mexicain', 'MXN'],
  ['mexican peso', 'MXN'],
  ['bitcoin', 'XBT'],
  // historic currencies of old press articles
  ['markka', 'FIM'],
  ['finnish markka', 'FIM'],
  ['finnish mark', 'FIM'],
  ['mark finlandais', 'FIM'],
  ['deutsche mark', 'DEM'],
  ['deutschmark', 'DEM'],
  ['peseta', 'ESP'],
  ['guilder', 'NLG'],
  ['dutch guilder', 'NLG'],
  ['netherlands guilder', 'NLG'],
  ['florin hollandais', 'NLG'],
  ['florin néerlandais', 'NLG'],
]);

export interface Subunit {
  readonly code: string;
  /** Subunits per unit: 100 cents make a dollar. */
  readonly per: number;
}

/**
 * Subunit words after a figure ("50 cents", "470 pence", "197 centimes", "¢"): the amount is read
 * in the main unit (0.50 USD). "cent" is EUR in French text, USD in English text.
 */
export function subunitOf(key: string, lang: 'fr' | 'en'): Subunit | null {
  switch (key) {
    case 'cent':
    case '¢':
      return { code: lang === 'fr' ? 'EUR' : 'USD', per: 100 };
    case 'centime':
      return { code: 'EUR', per: 100 };
    case 'pence':
    case 'penny':
    case 'pennie':
      return { code: 'GBP', per: 100 };
    case 'sen':
      return lang === 'en' ? { code: 'MYR', per: 100 } : null;
    case 'kopiyka':
      return { code: 'UAH', per: 100 };
    case 'kopeck':
    case 'kopek':
      return { code: 'RUB', per: 100 };
    case 'pesewa':
      return { code: 'GHS', per: 100 };
    case 'paisa':
    case 'paise':
      return { code: 'INR', per: 100 };
    case 'satoshi':
      return { code: 'XBT', per: 1e8 };
    default:
      return null;
  }
}
