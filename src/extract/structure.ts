/**
 * Document structure read from the tokens: sentences, lines, headings, and tables (Markdown /
 * HTML rows "a | b |", and the flattened tables of web articles where each cell is a line and a
 * line holding only "|" ends a row). Everything is index arithmetic over the token arrays.
 */
import { isEllipsisDot, NL, NUM, PUNCT, WORD, type Tokens } from './tokens.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TableRow {
  readonly cells: readonly Span[];
  /** The first row of the table when it holds no number (column titles). */
  readonly header: TableRow | null;
}

export interface Structure {
  readonly sentences: readonly Span[];
  readonly lines: readonly Span[];
  /** Line index → the most recent heading line before it (or -1). */
  readonly headingOf: Int32Array;
  /** Line index → its table row (or null). */
  readonly rowOf: readonly (TableRow | null)[];
  sentenceAt(token: number): number;
  lineAt(token: number): number;
}

const ABBREVIATIONS = new Set([
  'env',
  'etc',
  'approx',
  'min',
  'max',
  'no',
  'vs',
  'st',
  'dr',
  'mr',
  'ms',
  'inc',
  'ltd',
  'est',
  'cf',
  'p',
  'ex',
  'hr',
  'yr',
  'mo',
  'k',
  // German and Dutch abbreviations inside a pay clause: "ca. 4.200 €", "brutto/Std.", "inkl.", "max."
  'ca',
  'std',
  'inkl',
  'zzgl',
  'bzw',
  'excl',
  'incl',
  'tsd',
  'mind',
  'mnd',
  'bijv',
  // currency abbreviations: "Fr. 120'000", "Rs. 20", "45.000 kr. om måneden"
  'kr',
  'fr',
  'sfr',
  'rs',
]);

/** The longest abbreviation: longer words before a dot end a sentence without a lookup. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isBoundary(t: Tokens, i: number): boolean {
  if (t.kind[i] !== PUNCT) return false;
  // one-char punctuation (a wider token is a surrogate pair, never a boundary): ! ? ; | …
  const c = t.code(i);
  if (c === 33 || c === 63 || c === 59 || c === 124 || c === 0x2026) return true;
  if (c !== 46 || isEllipsisDot(t, i)) return false;
  const next = i + 1;
  if (next < t.count && t.kind[next] !== NL && !t.spaceBefore(next)) return false; // "p.a.", "U.S."
  return !isAbbreviationDot(t, i);
}

/** A dot ending an abbreviation ("ca.", "max.", "Std.", "p."), not a sentence. */
export function isAbbreviationDot(t: Tokens, i: number): boolean {
  const prev = i - 1;
  if (prev < 0 || t.kind[prev] !== WORD || t.end[prev] !== t.start[i]) return false;
  const length = (t.end[prev] as number) - (t.start[prev] as number);
  if (length > LONGEST_ABBREVIATION) return false;
  const word = t.raw(prev);
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

function findIndex(spans: readonly Span[], token: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as Span).start <= token) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function countKind(t: Tokens, s: Span, kind: number): number {
  let n = 0;
  for (let i = s.start; i < s.end; i += 1) if (t.kind[i] === kind) n += 1;
  return n;
}

function isBar(t: Tokens, i: number): boolean {
  return t.kind[i] === PUNCT && t.code(i) === 124;
}

/** Does the line hold two "|" or more? (stops at the second) */
function hasTwoBars(t: Tokens, s: Span): boolean {
  let n = 0;
  for (let i = s.start; i < s.end; i += 1) if (isBar(t, i) && ++n === 2) return true;
  return false;
}

function isBarOnly(t: Tokens, s: Span): boolean {
  if (s.end - s.start < 1) return false;
  for (let i = s.start; i < s.end; i += 1) if (!isBar(t, i)) return false;
  return true;
}

function endsWithBar(t: Tokens, s: Span): boolean {
  return s.end > s.start && t.raw(s.end - 1) === '|';
}

/** Cells of a one-line row "a | b | c" (bars excluded). */
function splitCells(t: Tokens, s: Span): Span[] {
  const cells: Span[] = [];
  let start = s.start;
  for (let i = s.start; i <= s.end; i += 1) {
    if (i === s.end || (t.kind[i] === PUNCT && t.raw(i) === '|')) {
      if (i > start) cells.push({ start, end: i });
      start = i + 1;
    }
  }
  return cells;
}

function isSeparatorRow(t: Tokens, s: Span): boolean {
  for (let i = s.start; i < s.end; i += 1) {
    const raw = t.raw(i);
    if (raw !== '|' && raw !== '-' && raw !== ':' && raw !== '—' && raw !== '–') return false;
  }
  return true;
}

function buildTables(t: Tokens, lines: readonly Span[]): (TableRow | null)[] {
  const rowOf: (TableRow | null)[] = new Array<TableRow | null>(lines.length).fill(null);
  const header = (row: TableRow): TableRow | null =>
    row.cells.some((c) => countKind(t, c, NUM) > 0) ? null : row;
  // one-line rows: "a | b | c"
  let block: number[] = [];
  const flushBlock = (): void => {
    let head: TableRow | null | undefined;
    for (const li of block) {
      const cells = splitCells(t, lines[li] as Span);
      const row: TableRow = { cells, header: head ?? null };
      if (head === undefined) head = header({ cells, header: null });
      rowOf[li] = row;
    }
    block = [];
  };
  for (let li = 0; li < lines.length; li += 1) {
    const s = lines[li] as Span;
    if (hasTwoBars(t, s) && !isBarOnly(t, s)) {
      if (!isSeparatorRow(t, s)) block.push(li);
    } else if (block.length) flushBlock();
  }
  if (block.length) flushBlock();
  // flattened rows: cells on their own lines, rows ended by a line holding only "|"
  const barLines: number[] = [];
  for (let li = 0; li < lines.length; li += 1)
    if (isBarOnly(t, lines[li] as Span)) barLines.push(li);
  let k = 0;
  while (k < barLines.length) {
    let j = k;
    while (j + 1 < barLines.length && (barLines[j + 1] as number) - (barLines[j] as number) <= 5)
      j += 1;
    if (j > k || k + 1 === barLines.length || j === k) {
      const first = barLines[k] as number;
      const last = barLines[j] as number;
      const groups: number[][] = [];
      const inner = (from: number, to: number): number[] => {
        const out: number[] = [];
        for (let li = from; li < to; li += 1)
          if (!isBarOnly(t, lines[li] as Span) && rowOf[li] === null) out.push(li);
        return out;
      };
      for (let b = k; b < j; b += 1)
        groups.push(inner((barLines[b] as number) + 1, barLines[b + 1] as number));
      const size = groups[0]?.length ?? 2;
      const before: number[] = [];
      for (let li = first - 1; li >= 0 && before.length < Math.max(size, 1); li -= 1) {
        const s = lines[li] as Span;
        if (rowOf[li] !== null || isBarOnly(t, s)) break;
        if (
          !endsWithBar(t, s) &&
          groups.some((g) => g.some((x) => endsWithBar(t, lines[x] as Span)))
        )
          break;
        before.unshift(li);
      }
      const after: number[] = [];
      for (let li = last + 1; li < lines.length && after.length < Math.max(size, 1); li += 1) {
        const s = lines[li] as Span;
        if (!endsWithBar(t, s) || isBarOnly(t, s)) break;
        after.push(li);
      }
      const all = [before, ...groups, after].filter((g) => g.length > 0);
      if (all.length >= 2) {
        let head: TableRow | null | undefined;
        for (const g of all) {
          const cells = g.map((li) => {
            const s = lines[li] as Span;
            return endsWithBar(t, s) ? { start: s.start, end: s.end - 1 } : s;
          });
          const row: TableRow = { cells, header: head ?? null };
          if (head === undefined) head = header({ cells, header: null });
          for (const li of g) rowOf[li] = row;
        }
      }
    }
    k = j + 1;
  }
  return rowOf;
}

function isHeading(t: Tokens, s: Span, hasMoney: boolean): boolean {
  if (hasMoney || s.end - s.start < 2) return false;
  const chars = (t.end[s.end - 1] as number) - (t.start[s.start] as number);
  if (chars > 140) return false;
  const last = t.raw(s.end - 1);
  if (last === '.' || last === '|' || last === ',') return false;
  return countKind(t, s, WORD) >= 2;
}

export function readStructure(t: Tokens, moneyTokens: Uint8Array): Structure {
  const sentences: Span[] = [];
  const lines: Span[] = [];
  let sStart = 0;
  let lStart = 0;
  for (let i = 0; i < t.count; i += 1) {
    if (t.kind[i] === NL) {
      if (i > sStart) sentences.push({ start: sStart, end: i });
      if (i > lStart) lines.push({ start: lStart, end: i });
      sStart = i + 1;
      lStart = i + 1;
    } else if (isBoundary(t, i)) {
      sentences.push({ start: sStart, end: i + 1 });
      sStart = i + 1;
    }
  }
  if (t.count > sStart) sentences.push({ start: sStart, end: t.count });
  if (t.count > lStart) lines.push({ start: lStart, end: t.count });
  if (sentences.length === 0) sentences.push({ start: 0, end: 0 });
  if (lines.length === 0) lines.push({ start: 0, end: 0 });
  const rowOf = buildTables(t, lines);
  const headingOf = new Int32Array(lines.length).fill(-1);
  let heading = -1;
  for (let li = 0; li < lines.length; li += 1) {
    headingOf[li] = heading;
    const s = lines[li] as Span;
    let money = false;
    for (let i = s.start; i < s.end && !money; i += 1) if (moneyTokens[i]) money = true;
    if (rowOf[li] === null && isHeading(t, s, money)) heading = li;
  }
  return {
    sentences,
    lines,
    headingOf,
    rowOf,
    sentenceAt: (token) => findIndex(sentences, token),
    lineAt: (token) => findIndex(lines, token),
  };
}
