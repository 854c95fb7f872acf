/** Place mentions → ISO 3166-1 alpha-2 country, and a city when one is named. */
import { Lexicon } from './lexicon.ts';

export interface Place {
  readonly country: string;
  readonly city: string | null;
}

const COUNTRIES: Record<string, readonly string[]> = {
  FR: [
    'france',
    'province',
    'en région',
    'île-de-france',
    'ile-de-france',
    'idf',
    'région parisienne',
    'hexagone',
    'french',
  ],
  BE: ['belgique', 'belgium'],
  MA: ['maroc', 'morocco'],
  LU: ['luxembourg'],
  CH: ['suisse', 'switzerland'],
  CA: ['canada', 'québec'],
  US: [
    'états-unis',
    'etats-unis',
    'usa',
    'u.s.',
    'u.s.a.',
    'united states',
    'silicon valley',
    'amérique',
    'america',
  ],
  GB: ['royaume-uni', 'united kingdom', 'uk', 'angleterre', 'england', 'grande-bretagne'],
  DE: ['allemagne', 'germany'],
  ES: ['espagne', 'spain'],
  IT: ['italie', 'italy'],
  NL: ['pays-bas', 'netherlands'],
  IE: ['irlande', 'ireland'],
  PT: ['portugal'],
  TN: ['tunisie', 'tunisia'],
  DZ: ['algérie', 'algeria'],
  SN: ['sénégal', 'senegal'],
  IN: ['inde', 'india'],
};

const CITIES: Record<string, readonly [string, readonly string[]]> = {
  Paris: ['FR', ['paris']],
  Lyon: ['FR', ['lyon']],
  Marseille: ['FR', ['marseille']],
  Toulouse: ['FR', ['toulouse']],
  Bordeaux: ['FR', ['bordeaux']],
  Nantes: ['FR', ['nantes']],
  Lille: ['FR', ['lille']],
  Rennes: ['FR', ['rennes']],
  Strasbourg: ['FR', ['strasbourg']],
  Montpellier: ['FR', ['montpellier']],
  Nice: ['FR', ['nice']],
  Grenoble: ['FR', ['grenoble']],
  'Sophia Antipolis': ['FR', ['sophia antipolis', 'sophia-antipolis']],
  Bruxelles: ['BE', ['bruxelles', 'brussels']],
  Anvers: ['BE', ['anvers', 'antwerp']],
  Genève: ['CH', ['genève', 'geneva', 'geneve']],
  Zurich: ['CH', ['zurich', 'zürich']],
  Lausanne: ['CH', ['lausanne']],
  Bâle: ['CH', ['bâle', 'basel']],
  Montréal: ['CA', ['montréal', 'montreal']],
  Toronto: ['CA', ['toronto']],
  Vancouver: ['CA', ['vancouver']],
  Casablanca: ['MA', ['casablanca']],
  Rabat: ['MA', ['rabat']],
  Londres: ['GB', ['londres', 'london']],
  Berlin: ['DE', ['berlin']],
  Munich: ['DE', ['munich', 'münchen']],
  Amsterdam: ['NL', ['amsterdam']],
  Madrid: ['ES', ['madrid']],
  Barcelone: ['ES', ['barcelone', 'barcelona']],
  Dublin: ['IE', ['dublin']],
  Lisbonne: ['PT', ['lisbonne', 'lisbon']],
  'New York': ['US', ['new york', 'new-york', 'nyc']],
  'San Francisco': ['US', ['san francisco']],
  Boston: ['US', ['boston']],
  Seattle: ['US', ['seattle']],
  Austin: ['US', ['austin']],
  Tunis: ['TN', ['tunis']],
  Dakar: ['SN', ['dakar']],
};

export const PLACE_LEXICON = new Lexicon<Place>([
  ...Object.entries(COUNTRIES).flatMap(([country, names]) =>
    names.map((n) => [n, { country, city: null }] as const),
  ),
  ...Object.entries(CITIES).flatMap(([city, [country, names]]) =>
    names.map((n) => [n, { country, city }] as const),
  ),
]);

/** The country a currency implies when the text names no place (EUR is left to the language). */
export const CURRENCY_COUNTRY: Record<string, string> = {
  CHF: 'CH',
  CAD: 'CA',
  MAD: 'MA',
  GBP: 'GB',
  USD: 'US',
  AUD: 'AU',
  TND: 'TN',
  DZD: 'DZ',
  INR: 'IN',
  JPY: 'JP',
};
