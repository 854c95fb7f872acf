/** Character classes, by char code, built once (the tokenizer's inner loop reads these tables). */

const LIMIT = 0x3100;
const LETTER = new Uint8Array(LIMIT);
for (let c = 0; c < LIMIT; c += 1) LETTER[c] = /\p{L}|\p{M}/u.test(String.fromCharCode(c)) ? 1 : 0;

export function isLetterCode(c: number): boolean {
  if (c < LIMIT) return LETTER[c] === 1;
  return c >= 0xac00 && c <= 0xd7af; // Hangul syllables; other scripts are read as punctuation
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isNewlineCode(c: number): boolean {
  return (
    c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85
  );
}

/** Every Unicode space (Zs), tab and the BOM. Newlines are told apart by isNewlineCode. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x180e
  );
}

/** Hyphen, minus and every dash: range separators. */
export function isDashCode(c: number): boolean {
  return (
    c === 45 ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2212 ||
    c === 0xfe58 ||
    c === 0xfe63 ||
    c === 0xff0d
  );
}

export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x00b4 || c === 0x2032;
}

/** U+20A0–U+20C0 is the Currency Symbols block (€ ₹ ₽ ₿ ₾ …); 元 is the yuan. */
export function isCurrencySymbolCode(c: number): boolean {
  if (c < 0x80) return c === 36;
  if (c >= 0x20a0 && c <= 0x20c0) return true;
  return c === 0xa3 || c === 0xa5 || c === 0xa2 || c === 0xe3f || c === 0x5143;
}

const ACCENTS: Record<string, string> = {
  à: 'a',
  â: 'a',
  ä: 'a',
  á: 'a',
  ã: 'a',
  å: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  î: 'i',
  ï: 'i',
  í: 'i',
  ì: 'i',
  ô: 'o',
  ö: 'o',
  ó: 'o',
  ò: 'o',
  õ: 'o',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ú: 'u',
  ç: 'c',
  ñ: 'n',
  ÿ: 'y',
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
};

/** Lower case, accents folded, a plural -s dropped: "Rémunérations" → "remuneration". */
const foldCache = new Map<string, string>();

export function foldWord(word: string): string {
  // the common case without a lookup: short ASCII lower-case words have no accent, no case and no plural to drop
  const n = word.length;
  if (n <= 3) {
    let plain = true;
    for (let i = 0; i < n; i += 1) {
      const c = word.charCodeAt(i);
      if (c < 97 || c > 122) plain = false;
    }
    if (plain) return word;
  }
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldUncached(word);
  if (foldCache.size > 100_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

function foldUncached(word: string): string {
  let lower = word.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i += 1) if (lower.charCodeAt(i) > 127) ascii = false;
  if (!ascii) {
    let out = '';
    for (const ch of lower) out += ACCENTS[ch] ?? ch;
    lower = out;
  }
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** Character classes for the tokenizer's inner loop: one table read per character. */
export const OTHER = 0;
export const LETTER_CLASS = 1;
export const DIGIT_CLASS = 2;
export const SPACE_CLASS = 3;
export const NEWLINE_CLASS = 4;
export const CURRENCY_CLASS = 5;
const CLASS_LIMIT = 0x10000;
const CLASSES = new Uint8Array(CLASS_LIMIT);
for (let c = 0; c < CLASS_LIMIT; c += 1) {
  if (isNewlineCode(c)) CLASSES[c] = NEWLINE_CLASS;
  else if (isSpaceCode(c)) CLASSES[c] = SPACE_CLASS;
  else if (isDigitCode(c)) CLASSES[c] = DIGIT_CLASS;
  else if (isLetterCode(c)) CLASSES[c] = LETTER_CLASS;
  else if (isCurrencySymbolCode(c)) CLASSES[c] = CURRENCY_CLASS;
}

/** The class of a UTF-16 code unit (charCodeAt never exceeds 0xFFFF). */
export function charClass(c: number): number {
  return CLASSES[c] as number;
}
