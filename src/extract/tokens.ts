/**
 * The tokenizer: one left-to-right pass over char codes (linear time, no regular expressions),
 * into parallel typed arrays. Numbers are read here with their thousands groups and decimals
 * ("4 710", "56 520", "55.000", "120'000", "45 000,00", "1.234,56", "40000.0"); multipliers,
 * currencies and ranges are assembled later from the tokens.
 */
import {
  foldWord,
  isApostropheCode,
  isCurrencySymbolCode,
  isDigitCode,
  isLetterCode,
  isNewlineCode,
  isSpaceCode,
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

export class Tokens {
  count = 0;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  value: Float64Array;
  private keys: (string | undefined)[];

  constructor(readonly text: string) {
    // about one token per 4-5 characters of prose; grows when more are needed
    const size = Math.max(256, text.length >> 2);
    this.kind = new Uint8Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.value = new Float64Array(size);
    this.keys = new Array<string | undefined>(size);
  }

  push(kind: number, start: number, end: number, flags: number, value = 0): void {
    if (this.count === this.kind.length) this.grow();
    const i = this.count;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
    this.value[i] = value;
    this.count += 1;
  }

  private grow(): void {
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
    const value = new Float64Array(size);
    value.set(this.value);
    this.value = value;
  }

  /** The first char code of token i (cheap compare for one-char punctuation). */
  code(i: number): number {
    return this.text.charCodeAt(this.start[i] as number);
  }

  raw(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** Folded key: words lower-cased without accents or plural -s; apostrophes as "'"; numbers as "#". */
  key(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const cached = this.keys[i];
    if (cached !== undefined) return cached;
    const kind = this.kind[i];
    let k: string;
    if (kind === WORD) k = foldWord(this.raw(i));
    else if (kind === NUM) k = '#';
    else if (kind === NL) k = '\n';
    else {
      const c = this.text.charCodeAt(this.start[i] as number);
      k = isApostropheCode(c) ? "'" : this.raw(i);
    }
    this.keys[i] = k;
    return k;
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
  while (text.charCodeAt(k) === 44 && digitsAt(text, k + 1) === 2) {
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

export function tokenize(text: string): Tokens {
  const t = new Tokens(text);
  const n = text.length;
  let i = 0;
  let pending = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isNewlineCode(c)) {
      if (t.count === 0 || t.kind[t.count - 1] !== NL) t.push(NL, i, i + 1, pending);
      pending = 0;
      i += 1;
      continue;
    }
    if (isSpaceCode(c)) {
      pending = SPACE_BEFORE;
      i += 1;
      continue;
    }
    if (isDigitCode(c)) {
      const [end, value, flags] = readNumber(text, i);
      t.push(NUM, i, end, pending | flags, value);
      i = end;
    } else if (isLetterCode(c)) {
      let j = i + 1;
      while (j < n && isLetterCode(text.charCodeAt(j))) j += 1;
      t.push(WORD, i, j, pending);
      i = j;
    } else if (isCurrencySymbolCode(c)) {
      t.push(SYM, i, i + 1, pending);
      i += 1;
    } else {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      t.push(PUNCT, i, i + width, pending);
      i += width;
    }
    pending = 0;
  }
  return t;
}

/** A dot of an ellipsis ("...") is not a sentence end. */
export function isEllipsisDot(t: Tokens, i: number): boolean {
  if (t.raw(i) !== '.') return false;
  const prev = i > 0 && t.raw(i - 1) === '.' && t.end[i - 1] === t.start[i];
  const next = i + 1 < t.count && t.raw(i + 1) === '.' && t.end[i] === t.start[i + 1];
  return prev || next;
}
