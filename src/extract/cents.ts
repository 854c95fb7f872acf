/**
 * Subunits: an amount written in cents ("50 cents", "470 pence", "12-cent", "one penny") is read
 * in the main unit (0.50 USD), and cents written after a whole amount are added to it
 * ("$20 and 43c", "thirteen dollars and forty-five cents", "15 dollars 50.", "3 UAH 4 kopiykas").
 */
import type { Lang } from './fact.ts';
import type { Amount } from './amounts.ts';
import { numberWordsAt } from './number-words.ts';
import { DECIMAL, GROUPED, NL, NUM, PUNCT, WORD, type Tokens } from './tokens.ts';

/** Money values carry float noise after scaling (16.4 × 1e6): twelve significant digits are plenty. */
export function roundMoney(x: number): number {
  if (Number.isInteger(x)) return x;
  return Number(x.toPrecision(12));
}

export interface Subunit {
  readonly code: string;
  /** Subunits per unit: 100 cents make a dollar. */
  readonly per: number;
}

/**
 * Subunit words after a figure ("50 cents", "470 pence", "197 centimes", "¢"): the amount is read
 * in the main unit (0.50 USD). "cent" is EUR in French text, USD in English text.
 */
export function subunitOf(key: string, lang: Lang): Subunit | null {
  switch (key) {
    case 'cent':
    case '¢':
      return { code: lang === 'en' ? 'USD' : 'EUR', per: 100 };
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

/** A subunit word at token k ("cents", "pence", "¢"), or glued after a hyphen ("12-cent"). */
export function subunitAt(t: Tokens, k: number, lang: Lang): { sub: Subunit; end: number } | null {
  if (k >= t.count) return null;
  if (t.kind[k] === PUNCT && t.code(k) === 45 && !t.spaceBefore(k) && !t.spaceBefore(k + 1)) {
    const sub = t.kind[k + 1] === WORD ? subunitOf(t.key(k + 1), lang) : null;
    return sub ? { sub, end: k + 2 } : null;
  }
  if (t.kind[k] === NL || t.kind[k] === NUM) return null;
  const sub = subunitOf(t.key(k), lang);
  return sub ? { sub, end: k + 1 } : null;
}

/** "43c" after a whole amount ("$20 and 43c"): a glued "c" is cents there, nowhere else. */
function centWordAt(t: Tokens, k: number, lang: Lang): boolean {
  if (k >= t.count) return false;
  if (t.kind[k] === WORD && t.key(k) === 'c' && !t.spaceBefore(k)) return true;
  return subunitOf(t.key(k), lang) !== null;
}

function sentenceEnd(t: Tokens, k: number): boolean {
  if (k >= t.count || t.kind[k] === NL) return true;
  if (t.kind[k] !== PUNCT) return false;
  const c = t.code(k);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  return k + 1 >= t.count || t.kind[k + 1] === NL || t.spaceBefore(k + 1);
}

/**
 * Cents after a whole amount with its currency: followed by a subunit word, or ending the
 * sentence after "and"/"et", in words, or as two digits ("15 dollars 50."), or glued ("12€50").
 * Only below 1 000 at a sentence end: "45 000 € et 13." is not 45 000,13 €.
 */
export function withCents(t: Tokens, a: Amount, lang: Lang): Amount {
  if (!a.currency || a.multiplier !== 1 || !Number.isInteger(a.value)) return a;
  let k = a.last;
  if (k >= t.count || t.kind[k] === NL) return a;
  const joined = t.key(k) === 'and' || t.key(k) === 'et';
  if (joined) k += 1;
  if (k >= t.count) return a;
  let cents: number;
  let next: number;
  let inWords = false;
  if (t.kind[k] === NUM) {
    if (((t.flags[k] as number) & (GROUPED | DECIMAL)) !== 0) return a;
    cents = t.num(k);
    next = k + 1;
    if (
      !joined &&
      (t.end[k] as number) - (t.start[k] as number) !== 2 &&
      !centWordAt(t, next, lang)
    )
      return a;
  } else if (t.kind[k] === WORD) {
    const words = numberWordsAt(t, k, lang, true);
    if (!words) return a;
    cents = words.value;
    next = words.end;
    inWords = true;
  } else return a;
  if (!(cents >= 1 && cents < 100 && Number.isInteger(cents))) return a;
  // "12€50", "12EUR02": cents glued to the currency glued to the figure
  const tight =
    !joined &&
    !inWords &&
    !t.spaceBefore(k) &&
    !t.spaceBefore(a.last - 1) &&
    (t.end[k] as number) - (t.start[k] as number) === 2;
  let last: number;
  if (centWordAt(t, next, lang)) last = next + 1;
  else if (tight && a.last - 1 > a.first && (next >= t.count || t.kind[next] !== NUM)) last = next;
  else if (sentenceEnd(t, next) && a.value < 1000 && (joined || inWords || cents >= 10))
    last = next;
  else return a;
  return { ...a, value: roundMoney(a.value + cents / 100), last };
}
