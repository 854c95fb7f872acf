/**
 * The tokenizer: one left-to-right pass over char codes (linear time, no regular expressions),
 * into parallel typed arrays. Numbers are read here with their thousands groups and decimals
 * ("4 710", "56 520", "55.000", "120'000", "45 000,00", "1.234,56", "40000.0"); multipliers,
 * currencies and ranges are assembled later from the tokens.
 */
import {
  charClass,
  CURRENCY_CLASS,
  DIGIT_CLASS,
  foldWord,
  isApostropheCode,
  isDigitCode,
  isSpaceCode,
  LETTER_CLASS,
  NEWLINE_CLASS,
  SPACE_CLASS,
} from './chars.ts';

export const WORD = 1;
export const NUM = 2;
export const SYM = 3;
export const PUNCT = 4;
export const NL = 5;

/** flags */
export const SPACE_BEFORE = 1;
/** A thousands group was read: "4 710" (never a year). */
export const GROUPED = 2;
/** A decimal part was read: "1,2". */
export const DECIMAL = 4;
/** A word holding a char past ASCII (accents, other scripts). */
export const NON_ASCII = 8;

/**
 * Keys that some lexicon holds, as small integers (registered when the lexicons are built, at
 * module load). A token's id is looked up once; text words never enter the table, so it does not
 * grow with the input.
 */
const KEY_IDS = new Map<string, number>();
export function internKey(key: string): number {
  let id = KEY_IDS.get(key);
  if (id === undefined) {
    id = KEY_IDS.size + 1;
    KEY_IDS.set(key, id);
    clearWordIds(); // a cached "no lexicon holds this word" may be stale now
  }
  return id;
}

/**
 * Word ids by the word as written, found from its char codes (hash computed in the tokenizer's
 * letter loop, compared char by char with a copy kept in a char pool): most words of a text are
 * seen before, and their id then costs neither a substring nor a fold. Open addressing; emptied
 * when half full or when the pool is full, so memory stays bounded whatever the input's vocabulary
 * (and no slice of an input is kept alive).
 */
const WORD_SLOTS = 1 << 16;
const POOL_SIZE = 1 << 20;
/** Longer words are folded each time (rare; keeps the pool for words). */
const MAX_CACHED_WORD = 48;
const wordHash = new Int32Array(WORD_SLOTS);
/** Interned id + 1 per slot (1: no lexicon holds the folded word). */
const wordId = new Int32Array(WORD_SLOTS);
const wordAt = new Int32Array(WORD_SLOTS);
const wordLength = new Uint8Array(WORD_SLOTS);
const pool = new Uint16Array(POOL_SIZE);
/** A slot is filled when its generation is the current one: emptying the table is one increment. */
const wordGen = new Int32Array(WORD_SLOTS);
let generation = 1;
let wordCount = 0;
let poolUsed = 0;

function clearWordIds(): void {
  generation += 1;
  wordCount = 0;
  poolUsed = 0;
}

/** The id (+ 1) of the word text[start, end) whose hash is h. */
function wordIdAt(text: string, start: number, end: number, h: number): number {
  const n = end - start;
  if (n > MAX_CACHED_WORD) return (KEY_IDS.get(foldWord(text.slice(start, end))) ?? 0) + 1;
  let slot = h & (WORD_SLOTS - 1);
  while (wordGen[slot] === generation) {
    if (wordHash[slot] === h && wordLength[slot] === n) {
      const at = wordAt[slot] as number;
      let k = 0;
      while (k < n && pool[at + k] === text.charCodeAt(start + k)) k += 1;
      if (k === n) return wordId[slot] as number;
    }
    slot = (slot + 1) & (WORD_SLOTS - 1);
  }
  const id = (KEY_IDS.get(foldWord(text.slice(start, end))) ?? 0) + 1;
  if (wordCount >= WORD_SLOTS >> 1 || poolUsed + n > POOL_SIZE) {
    clearWordIds();
    slot = h & (WORD_SLOTS - 1);
  }
  wordGen[slot] = generation;
  wordHash[slot] = h;
  wordId[slot] = id;
  wordAt[slot] = poolUsed;
  wordLength[slot] = n;
  for (let k = 0; k < n; k += 1) pool[poolUsed + k] = text.charCodeAt(start + k);
  poolUsed += n;
  wordCount += 1;
  return id;
}

export class Tokens {
  count = 0;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Values of the NUM tokens, by NUM ordinal (numbers are few: no 8 bytes for every token). */
  private numTokens: Int32Array;
  private numValues: Float64Array;
  private numCount = 0;
  /** Interned key id + 1 per token (0: not looked up yet; 1: no lexicon holds this key). */
  ids: Int32Array;

  constructor(readonly text: string) {
    // about one token per 4-5 characters of prose; grows when more are needed
    const size = Math.max(256, text.length >> 2);
    this.kind = new Uint8Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.ids = new Int32Array(size);
    this.numTokens = new Int32Array(Math.max(64, text.length >> 6));
    this.numValues = new Float64Array(this.numTokens.length);
  }

  /** The value of NUM token i (0 for any other token). */
  num(i: number): number {
    let lo = 0;
    let hi = this.numCount - 1;
    const tokens = this.numTokens;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = tokens[mid] as number;
      if (at === i) return this.numValues[mid] as number;
      if (at < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The interned id of token i's key, or 0 when no lexicon holds that key. */
  id(i: number): number {
    if (i < 0 || i >= this.count) return 0;
    const cached = this.ids[i] as number;
    if (cached !== 0) return cached - 1;
    const id = KEY_IDS.get(this.key(i)) ?? 0;
    this.ids[i] = id + 1;
    return id;
  }

  push(kind: number, start: number, end: number, flags: number): void {
    if (this.count === this.kind.length) this.grow();
    const i = this.count;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
    this.count = i + 1;
  }

  pushNumber(start: number, end: number, flags: number, value: number): void {
    if (this.numCount === this.numTokens.length) {
      const tokens = new Int32Array(this.numCount * 2);
      tokens.set(this.numTokens);
      this.numTokens = tokens;
      const values = new Float64Array(this.numCount * 2);
      values.set(this.numValues);
      this.numValues = values;
    }
    this.numTokens[this.numCount] = this.count;
    this.numValues[this.numCount] = value;
    this.numCount += 1;
    this.push(NUM, start, end, flags);
  }

  /** Doubles the capacity of the token arrays (the tokenizer's loop reads them again after). */
  grow(): void {
    const size = this.kind.length * 2;
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
    const start = new Int32Array(size);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(size);
    end.set(this.end);
    this.end = end;
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
    const ids = new Int32Array(size);
    ids.set(this.ids);
    this.ids = ids;
  }

  /** The first char code of token i (cheap compare for one-char punctuation). */
  code(i: number): number {
    return this.text.charCodeAt(this.start[i] as number);
  }

  raw(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /**
   * Folded key: words lower-cased without accents or plural -s; apostrophes as "'"; numbers as
   * "#". Not cached per token (foldWord caches by word; lexicons compare the cached ids).
   */
  key(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const kind = this.kind[i];
    if (kind === WORD) return foldWord(this.raw(i));
    if (kind === NUM) return '#';
    if (kind === NL) return '\n';
    const c = this.text.charCodeAt(this.start[i] as number);
    return isApostropheCode(c) ? "'" : this.raw(i);
  }

  spaceBefore(i: number): boolean {
    return ((this.flags[i] as number) & SPACE_BEFORE) !== 0;
  }
}

function isGroupSeparator(c: number): boolean {
  return c === 46 || c === 44 || isApostropheCode(c) || (isSpaceCode(c) && c !== 9);
}

function sameSeparatorClass(a: number, b: number): boolean {
  if (a === b) return true;
  if (isSpaceCode(a) && isSpaceCode(b)) return true;
  return isApostropheCode(a) && isApostropheCode(b);
}

function digitsAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j += 1;
  return j - i;
}

/** End of ",dd,…,ddd" groups at j (at least one group of two, then one of three), or -1. */
function lakhGroupsEnd(text: string, j: number): number {
  let k = j;
  let pairs = 0;
  // at most six pairs ("1,00,00,00,00,00,000"): a long run of pairs is a list, and stays linear
  while (pairs < 6 && text.charCodeAt(k) === 44 && digitsAt(text, k + 1) === 2) {
    k += 3;
    pairs += 1;
  }
  if (pairs === 0 || text.charCodeAt(k) !== 44 || digitsAt(text, k + 1) !== 3) return -1;
  return k + 4;
}

/** Reads a number at i; returns [end, value, flags]. */
function readNumber(text: string, i: number): [number, number, number] {
  const intLen = digitsAt(text, i);
  let j = i + intLen;
  let digits = text.slice(i, j);
  let flags = 0;
  let groupSep = -1;
  const lakh = intLen <= 2 ? lakhGroupsEnd(text, j) : -1;
  if (lakh !== -1) {
    // "12,34,567": Indian grouping (lakhs and crores)
    for (let k = j; k < lakh; k += 1) if (isDigitCode(text.charCodeAt(k))) digits += text[k];
    j = lakh;
    groupSep = 44;
    flags |= GROUPED;
  } else if (intLen <= 3 && !(intLen > 1 && text.charCodeAt(i) === 48)) {
    for (;;) {
      const c = text.charCodeAt(j);
      if (!isGroupSeparator(c) || (groupSep !== -1 && !sameSeparatorClass(c, groupSep))) break;
      if (digitsAt(text, j + 1) !== 3) break;
      if (text.charCodeAt(i) === 48 && intLen === 1) break;
      groupSep = c;
      digits += text.slice(j + 1, j + 4);
      j += 4;
      flags |= GROUPED;
    }
  }
  let value = Number(digits);
  const c = text.charCodeAt(j);
  if ((c === 46 || c === 44) && c !== groupSep) {
    const n = digitsAt(text, j + 1);
    // "1,234" (no group yet, three digits) was taken as a group above; here the rest is decimal
    if (n >= 1 && n <= 9) {
      value = Number(`${digits}.${text.slice(j + 1, j + 1 + n)}`);
      j += 1 + n;
      flags |= DECIMAL;
    }
  }
  return [j, value, flags];
}

/**
 * The tokenizer's loop writes the token arrays directly (no call per token): its speed then does
 * not hang on what the JIT chose to inline, which the many short phrases tokenized at module load
 * (the lexicons) otherwise decide.
 */
export function tokenize(text: string): Tokens {
  const t = new Tokens(text);
  const n = text.length;
  let kind = t.kind;
  let starts = t.start;
  let ends = t.end;
  let flagsOf = t.flags;
  let ids = t.ids;
  let capacity = kind.length;
  let count = 0;
  let i = 0;
  let pending = 0;
  while (i < n) {
    if (count + 1 >= capacity) {
      t.count = count;
      t.grow();
      kind = t.kind;
      starts = t.start;
      ends = t.end;
      flagsOf = t.flags;
      ids = t.ids;
      capacity = kind.length;
    }
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === LETTER_CLASS) {
      // FNV-1a over the word's char codes, and whether it holds a char past ASCII
      let h = Math.imul(-2128831035 ^ c, 16777619);
      let high = c;
      let j = i + 1;
      for (; j < n; j += 1) {
        const d = text.charCodeAt(j);
        if (charClass(d) !== LETTER_CLASS) break;
        h = Math.imul(h ^ d, 16777619);
        high |= d;
      }
      kind[count] = WORD;
      starts[count] = i;
      ends[count] = j;
      flagsOf[count] = pending | (high > 0x7f ? NON_ASCII : 0);
      ids[count] = wordIdAt(text, i, j, h);
      count += 1;
      i = j;
    } else if (cls === SPACE_CLASS) {
      pending = SPACE_BEFORE;
      i += 1;
      continue;
    } else if (cls === DIGIT_CLASS) {
      const [end, value, flags] = readNumber(text, i);
      t.count = count;
      t.pushNumber(i, end, pending | flags, value);
      count += 1;
      i = end;
    } else if (cls === NEWLINE_CLASS) {
      if (count === 0 || kind[count - 1] !== NL) {
        kind[count] = NL;
        starts[count] = i;
        ends[count] = i + 1;
        flagsOf[count] = pending;
        count += 1;
      }
      pending = 0;
      i += 1;
      continue;
    } else {
      // a currency symbol, or punctuation (a surrogate pair is one token)
      const width = cls !== CURRENCY_CLASS && c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind[count] = cls === CURRENCY_CLASS ? SYM : PUNCT;
      starts[count] = i;
      ends[count] = i + width;
      flagsOf[count] = pending;
      count += 1;
      i += width;
    }
    pending = 0;
  }
  t.count = count;
  return t;
}

/** A dot of an ellipsis ("...") is not a sentence end. */
export function isEllipsisDot(t: Tokens, i: number): boolean {
  if (!isDot(t, i)) return false;
  const prev = i > 0 && isDot(t, i - 1) && t.end[i - 1] === t.start[i];
  const next = i + 1 < t.count && isDot(t, i + 1) && t.end[i] === t.start[i + 1];
  return prev || next;
}

/** Is token i a "." (compared on char codes: no substring)? */
function isDot(t: Tokens, i: number): boolean {
  return (t.end[i] as number) - (t.start[i] as number) === 1 && t.code(i) === 46;
}
