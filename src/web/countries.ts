/** Countries offered in menus (any ISO code can still be typed in the explorer's URL). */
export const COUNTRIES = [
  'FR',
  'US',
  'GB',
  'DE',
  'ES',
  'NL',
  'BE',
  'CH',
  'IT',
  'PT',
  'IE',
  'PL',
  'CA',
  'IN',
  'AU',
] as const;
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'] as const;
