/**
 * Currency symbols and the dollar's prefixes and suffixes → ISO 4217: "€", "₹", "US$", "C $",
 * "$ CA", "$ canadiens". Bitcoin, which has no ISO code, is XBT (the X-prefixed form used for
 * non-national currencies).
 */

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
  cdn: 'CAD',
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
export const SPACED_DOLLAR_PREFIX = new Set([
  'c',
  'hk',
  'nz',
  'us',
  'cad',
  'cdn',
  'hkd',
  'nzd',
  'mxn',
]);

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
/** The currencies a "$" stands for: an ISO code after a bare "$" figure names which one ("$90,000 AUD"). */
export const DOLLAR_CODES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'BRL']);
export const LOWER_SUFFIX_OK = new Set(['c', 'hk', 'usd', 'cad', 'us', 'ca']);
