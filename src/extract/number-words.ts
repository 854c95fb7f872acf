/** Numbers written in words, French and English ("cinquante mille", "quatre-vingt-dix", "twenty thousand"). */
import type { Lang } from './fact.ts';
import { foldWord } from './chars.ts';
import { internKey, PUNCT, WORD, type Tokens } from './tokens.ts';

const UNITS: Record<string, number> = Object.create(null) as Record<string, number>;
const SCALES: Record<string, number> = Object.create(null) as Record<string, number>;
function add(table: Record<string, number>, words: string, value: number): void {
  for (const w of words.split(' ')) table[foldWord(w)] = value;
}
add(UNITS, 'zéro zero', 0);
add(UNITS, 'un une one', 1);
add(UNITS, 'deux two', 2);
add(UNITS, 'trois three', 3);
add(UNITS, 'quatre four', 4);
add(UNITS, 'cinq five', 5);
add(UNITS, 'six', 6);
add(UNITS, 'sept seven', 7);
add(UNITS, 'huit eight', 8);
add(UNITS, 'neuf nine', 9);
add(UNITS, 'dix ten', 10);
add(UNITS, 'onze eleven', 11);
add(UNITS, 'douze twelve', 12);
add(UNITS, 'treize thirteen', 13);
add(UNITS, 'quatorze fourteen', 14);
add(UNITS, 'quinze fifteen', 15);
add(UNITS, 'seize sixteen', 16);
add(UNITS, 'seventeen', 17);
add(UNITS, 'eighteen', 18);
add(UNITS, 'nineteen', 19);
add(UNITS, 'vingt twenty', 20);
add(UNITS, 'trente thirty', 30);
add(UNITS, 'quarante forty', 40);
add(UNITS, 'cinquante fifty', 50);
add(UNITS, 'soixante sixty', 60);
add(UNITS, 'septante seventy', 70);
add(UNITS, 'huitante octante eighty', 80);
add(UNITS, 'nonante ninety', 90);
add(SCALES, 'cent cents hundred', 100);
add(SCALES, 'mille mil thousand', 1000);
add(SCALES, 'million millions', 1e6);
add(SCALES, 'milliard milliards billion', 1e9);
add(SCALES, 'lakh lakhs', 1e5);
add(SCALES, 'crore crores', 1e7);

/** "a dollar", "an euro", "a quarter million": one unit. */
const ONE_OF = new Set(['dollar', 'euro', 'pound', 'buck', 'franc', 'yen', 'half', 'quarter']);
/** Fractions before a scale word: "half million", "three quarters billion". */
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };

const CONNECTORS = new Set(['et', 'and']);
/** Tokens read at most for one number ("quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf" is 19). */
const MAX_TOKENS = 24;

export interface WordNumber {
  readonly value: number;
  /** Token index just after the number. */
  readonly end: number;
}

/**
 * (first, second and last letter, length) of the number words in ASCII lower case: most words of
 * a text are turned away on four char codes, before any string is made. A plural -s adds a
 * letter; the only number word with a non-ASCII second letter is "zéro".
 */
const SHAPES = new Uint8Array(32 * 32 * 32 * 16);
const letter = (c: number): number => ((c | 0x20) - 96) & 31;
const shapeIndex = (a: number, b: number, z: number, length: number): number =>
  ((letter(a) * 32 + letter(b)) * 32 + letter(z)) * 16 + (length & 15);
for (const key of [...Object.keys(UNITS), ...Object.keys(SCALES), 'half', 'quarter', 'a', 'an']) {
  const a = key.charCodeAt(0);
  const b = key.length > 1 ? key.charCodeAt(1) : 96;
  SHAPES[shapeIndex(a, b, key.charCodeAt(key.length - 1), key.length)] = 1;
  if (key.length >= 3) SHAPES[shapeIndex(a, b, 115 /* s */, key.length + 1)] = 1;
}
/** Interned ids of the words a number in words may start with (the token's id is a table read). */
const HEAD_KEYS = [
  ...Object.keys(UNITS),
  ...Object.keys(SCALES),
  ...Object.keys(FRACTIONS),
  'a',
  'an',
];
const HEAD_IDS = HEAD_KEYS.map(internKey);
const IS_HEAD = new Uint8Array(Math.max(...HEAD_IDS) + 1);
for (const id of HEAD_IDS) IS_HEAD[id] = 1;
/** Words that make "a" / "an" a number (a scale word, "dollar", "half"…), by id. */
const AFTER_A_IDS = [...Object.keys(SCALES), ...ONE_OF].map(internKey);
const IS_AFTER_A = new Uint8Array(Math.max(...AFTER_A_IDS) + 1);
for (const id of AFTER_A_IDS) IS_AFTER_A[id] = 1;
const CONNECTOR_IDS = [...CONNECTORS].map(internKey);
const IS_CONNECTOR = new Uint8Array(Math.max(...CONNECTOR_IDS) + 1);
for (const id of CONNECTOR_IDS) IS_CONNECTOR[id] = 1;

export function mayBeNumberWord(t: Tokens, i: number): boolean {
  const start = t.start[i] as number;
  const length = (t.end[i] as number) - start;
  if (length > 12) return false;
  const text = t.text;
  const a = text.charCodeAt(start);
  if (a > 127) return false;
  const b = length > 1 ? text.charCodeAt(start + 1) : 96;
  if (b > 127) return a === 122 || a === 90; // zéro
  const z = text.charCodeAt(start + length - 1);
  if (z > 127) return false;
  return SHAPES[shapeIndex(a, b, z, length)] === 1;
}

/** Can a number in words start at word token i? (its id, then its shape: no string made) */
export function mayStartNumberWords(t: Tokens, i: number): boolean {
  return IS_HEAD[t.id(i)] === 1 && mayBeNumberWord(t, i);
}

/**
 * A number in words starting at token i, or null ("a"/"an" only count before a scale word).
 * "cent" is a hundred in French only; with `centIsSubunit` ("treize euros et quarante-cinq
 * cents") it ends the number there too.
 */
export function numberWordsAt(
  t: Tokens,
  i: number,
  lang: Lang,
  centIsSubunit = false,
): WordNumber | null {
  if (!mayStartNumberWords(t, i)) return null;
  const head = t.key(i);
  const centOk = lang === 'fr' && !centIsSubunit;
  let total = 0;
  let current = 0;
  let seen = 0;
  let previous = -1;
  let j = i;
  let end = i;
  // a number in words is a few words long: the cap keeps "mille mille mille …" linear
  const limit = Math.min(t.count, i + MAX_TOKENS);
  while (j < limit) {
    if (t.kind[j] === PUNCT && t.raw(j) === '-' && seen > 0) {
      j += 1;
      continue;
    }
    if (t.kind[j] !== WORD) break;
    // a word that is neither a number word nor "et" / "and" ends the number: no key string made
    if (j !== i && IS_HEAD[t.id(j)] !== 1 && IS_CONNECTOR[t.id(j)] !== 1) break;
    const key = j === i ? head : t.key(j);
    if (seen > 0 && CONNECTORS.has(key)) {
      j += 1;
      continue;
    }
    const unit = UNITS[key];
    const scale = key === 'cent' && !centOk ? undefined : SCALES[key];
    const fraction = FRACTIONS[key];
    if (fraction !== undefined) {
      // "half million", "half a million", "a quarter million", "three quarters billion"
      const article = t.key(j + 1) === 'a' ? 1 : 0;
      const next = SCALES[t.key(j + 1 + article)];
      if (next === undefined || next === 100) break;
      current = (current > 0 ? current : 1) * fraction;
      previous = 1;
      j += article;
    } else if (unit !== undefined) {
      if (unit === 20 && previous === 4) current = current - 4 + 80;
      else if (unit < 10 && previous >= 0 && previous < 10) break;
      else current += unit;
      previous = unit;
    } else if (scale !== undefined) {
      if (scale === 100) current = (current > 0 ? current : 1) * 100;
      else {
        total += (current > 0 ? current : 1) * scale;
        current = 0;
      }
      previous = scale;
    } else if (
      (key === 'a' || key === 'an') &&
      seen === 0 &&
      t.raw(j) !== 'à' &&
      IS_AFTER_A[t.id(j + 1)] === 1 &&
      (SCALES[t.key(j + 1)] !== undefined || ONE_OF.has(t.key(j + 1)))
    ) {
      current = 1;
      previous = 1;
    } else break;
    seen += 1;
    j += 1;
    end = j;
  }
  if (seen === 0) return null;
  return { value: total + current, end };
}
