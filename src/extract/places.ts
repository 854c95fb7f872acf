/** Place mentions → ISO 3166-1 alpha-2 country, and a city when one is named. */
import type { Lang } from './fact.ts';
import { Lexicon } from './lexicon.ts';

export interface Place {
  readonly country: string;
  /** The French name, or null for a country. */
  readonly city: string | null;
  /** The city's name in other languages (the French one where none is listed). */
  readonly names?: Names;
}

/** A city's name as a reader of `lang` writes it. */
export function cityName(place: Place, lang: Lang): string | null {
  if (place.city === null) return null;
  return lang === 'fr' ? place.city : (place.names?.[lang] ?? place.city);
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
  BE: ['belgique', 'belgium', 'belgië', 'belgien', 'flandre', 'wallonie', 'vlaanderen'],
  MA: ['maroc', 'morocco', 'marokko'],
  LU: ['luxembourg', 'luxemburg', 'grand-duché'],
  CH: ['suisse', 'switzerland', 'schweiz', 'zwitserland', 'romandie', 'suisse romande'],
  AT: ['autriche', 'austria', 'österreich', 'oostenrijk'],
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
  DE: ['allemagne', 'germany', 'deutschland', 'duitsland'],
  DK: ['danemark', 'denmark', 'danmark', 'dänemark', 'denemarken'],
  NO: ['norvège', 'norway', 'norge', 'norwegen', 'noorwegen'],
  SE: ['suède', 'sweden', 'sverige', 'schweden', 'zweden'],
  ES: ['espagne', 'spain'],
  IT: ['italie', 'italy'],
  NL: ['pays-bas', 'netherlands', 'nederland', 'niederlande', 'holland'],
  IE: ['irlande', 'ireland'],
  PT: ['portugal'],
  TN: ['tunisie', 'tunisia'],
  DZ: ['algérie', 'algeria'],
  SN: ['sénégal', 'senegal'],
  IN: ['inde', 'india'],
};

/**
 * Cities: [country, spellings, names in other languages]. The key is the French name; a city is
 * named in the language of the text that names it ("London" in English text, "Londres" in
 * French, "Zürich" in German), the French name where no other is listed.
 */
type Names = Partial<Record<Exclude<Lang, 'fr'>, string>>;
const CITIES: Record<string, readonly [string, readonly string[], Names?]> = {
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
  Bruxelles: [
    'BE',
    ['bruxelles', 'brussels', 'brussel', 'brüssel'],
    { en: 'Brussels', nl: 'Brussel', de: 'Brüssel' },
  ],
  Anvers: [
    'BE',
    ['anvers', 'antwerp', 'antwerpen'],
    { en: 'Antwerp', nl: 'Antwerpen', de: 'Antwerpen' },
  ],
  Gand: ['BE', ['gand', 'ghent', 'gent'], { en: 'Ghent', nl: 'Gent', de: 'Gent' }],
  Liège: ['BE', ['liège', 'liege', 'luik', 'lüttich'], { nl: 'Luik', de: 'Lüttich' }],
  Louvain: ['BE', ['louvain', 'leuven', 'löwen'], { en: 'Leuven', nl: 'Leuven', de: 'Löwen' }],
  Namur: ['BE', ['namur', 'namen'], { nl: 'Namen' }],
  Charleroi: ['BE', ['charleroi']],
  'Luxembourg-Ville': ['LU', ['luxembourg-ville', 'luxembourg city', 'luxemburg-stadt']],
  'Esch-sur-Alzette': ['LU', ['esch-sur-alzette', 'esch']],
  Genève: [
    'CH',
    ['genève', 'geneva', 'geneve', 'genf'],
    { en: 'Geneva', de: 'Genf', nl: 'Genève' },
  ],
  Zurich: ['CH', ['zurich', 'zürich', 'zuerich'], { de: 'Zürich', nl: 'Zürich' }],
  Lausanne: ['CH', ['lausanne']],
  Bâle: ['CH', ['bâle', 'basel'], { en: 'Basel', de: 'Basel', nl: 'Bazel' }],
  Berne: ['CH', ['berne', 'bern'], { en: 'Bern', de: 'Bern', nl: 'Bern' }],
  Lucerne: ['CH', ['lucerne', 'luzern'], { de: 'Luzern', nl: 'Luzern' }],
  Zoug: ['CH', ['zoug', 'zug'], { en: 'Zug', de: 'Zug', nl: 'Zug' }],
  Lugano: ['CH', ['lugano']],
  Montréal: ['CA', ['montréal', 'montreal'], { en: 'Montreal' }],
  Québec: ['CA', ['ville de québec', 'quebec city'], { en: 'Quebec City' }],
  Toronto: ['CA', ['toronto']],
  Vancouver: ['CA', ['vancouver']],
  Ottawa: ['CA', ['ottawa']],
  Calgary: ['CA', ['calgary']],
  Casablanca: ['MA', ['casablanca']],
  Rabat: ['MA', ['rabat']],
  Marrakech: ['MA', ['marrakech', 'marrakesh'], { en: 'Marrakesh' }],
  Tanger: ['MA', ['tanger', 'tangier'], { en: 'Tangier' }],
  Fès: ['MA', ['fès', 'fes', 'fez'], { en: 'Fez' }],
  Londres: ['GB', ['londres', 'london', 'londen'], { en: 'London', de: 'London', nl: 'Londen' }],
  Manchester: ['GB', ['manchester']],
  Édimbourg: [
    'GB',
    ['édimbourg', 'edinburgh'],
    { en: 'Edinburgh', de: 'Edinburgh', nl: 'Edinburgh' },
  ],
  Berlin: ['DE', ['berlin'], { nl: 'Berlijn' }],
  Munich: ['DE', ['munich', 'münchen', 'muenchen'], { de: 'München', nl: 'München' }],
  Hambourg: ['DE', ['hambourg', 'hamburg'], { en: 'Hamburg', de: 'Hamburg', nl: 'Hamburg' }],
  Francfort: [
    'DE',
    ['francfort', 'frankfurt'],
    { en: 'Frankfurt', de: 'Frankfurt', nl: 'Frankfurt' },
  ],
  Cologne: ['DE', ['cologne', 'köln', 'keulen'], { de: 'Köln', nl: 'Keulen' }],
  Stuttgart: ['DE', ['stuttgart']],
  Vienne: ['AT', ['vienne', 'vienna', 'wien', 'wenen'], { en: 'Vienna', de: 'Wien', nl: 'Wenen' }],
  Amsterdam: ['NL', ['amsterdam']],
  Rotterdam: ['NL', ['rotterdam']],
  'La Haye': [
    'NL',
    ['la haye', 'the hague', 'den haag'],
    { en: 'The Hague', de: 'Den Haag', nl: 'Den Haag' },
  ],
  Utrecht: ['NL', ['utrecht']],
  Eindhoven: ['NL', ['eindhoven']],
  Madrid: ['ES', ['madrid']],
  Barcelone: [
    'ES',
    ['barcelone', 'barcelona'],
    { en: 'Barcelona', de: 'Barcelona', nl: 'Barcelona' },
  ],
  Dublin: ['IE', ['dublin']],
  Lisbonne: [
    'PT',
    ['lisbonne', 'lisbon', 'lissabon'],
    { en: 'Lisbon', de: 'Lissabon', nl: 'Lissabon' },
  ],
  'New York': ['US', ['new york', 'new-york', 'nyc']],
  'San Francisco': ['US', ['san francisco']],
  Boston: ['US', ['boston']],
  Seattle: ['US', ['seattle']],
  Austin: ['US', ['austin']],
  Copenhague: [
    'DK',
    ['copenhague', 'copenhagen', 'københavn', 'kopenhagen'],
    { en: 'Copenhagen', de: 'Kopenhagen', nl: 'Kopenhagen' },
  ],
  Oslo: ['NO', ['oslo']],
  Stockholm: ['SE', ['stockholm']],
  Tunis: ['TN', ['tunis']],
  Dakar: ['SN', ['dakar']],
};

export const PLACE_LEXICON = new Lexicon<Place>([
  ...Object.entries(COUNTRIES).flatMap(([country, names]) =>
    names.map((n) => [n, { country, city: null }] as const),
  ),
  ...Object.entries(CITIES).flatMap(([city, [country, spellings, names]]) =>
    spellings.map((n) => [n, names ? { country, city, names } : { country, city }] as const),
  ),
]);

/** The krone or krona a bare "kr" is, by the country of the place the text names (else SEK). */
export const KRONA_OF_COUNTRY: Record<string, string> = { DK: 'DKK', NO: 'NOK', SE: 'SEK' };

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
