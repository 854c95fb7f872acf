/**
 * HTML (and entity-bearing Markdown) to plain text, keeping for every output character the span
 * of the input it came from, so evidence offsets index into the ORIGINAL input. One linear pass,
 * no regular expressions over the input: tags are skipped by scanning to the next '>'.
 */

export interface PlainText {
  readonly text: string;
  /** Output offset where each segment starts (null: the text is the input). */
  readonly segmentOut: Int32Array | null;
  /** Input offset where each segment starts, and where it ends for a replaced segment. */
  readonly segmentIn: Int32Array | null;
  readonly segmentInEnd: Int32Array | null;
  /** 1: copied as is (offsets shift), 0: replaced (every output char maps to the whole input span). */
  readonly segmentCopy: Uint8Array | null;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'tbody',
  'thead',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'dl',
  'hr',
  'title',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
]);
const CELL_TAGS = new Set(['td', 'th']);
/** Longest tag read as markup (attributes included). */
const MAX_TAG = 4000;
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg']);

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euro: '€',
  pound: '£',
  yen: '¥',
  dollar: '$',
  cent: '¢',
  ndash: '–',
  mdash: '—',
  hyphen: '-',
  minus: '−',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  nnbsp: '\u202f',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  ccedil: 'ç',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ouml: 'ö',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
  oelig: 'œ',
  OElig: 'Œ',
  times: '×',
  asymp: '≈',
  sim: '∼',
  tilde: '˜',
  bull: '•',
  middot: '·',
  shy: '',
  zwnj: '',
  zwj: '',
  lrm: '',
  rlm: '',
  num: '#',
  percnt: '%',
  sol: '/',
  colon: ':',
  comma: ',',
  period: '.',
};

/** Does the input look like HTML or carry entities? (cheap scan; plain text skips the mapping). */
export function needsMarkupPass(input: string): boolean {
  let amp = input.indexOf('&');
  while (amp !== -1) {
    if (decodeEntityAt(input, amp) !== null) return true;
    amp = input.indexOf('&', amp + 1);
  }
  let lt = input.indexOf('<');
  while (lt !== -1) {
    const c = input.charCodeAt(lt + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 || c === 33) return true;
    lt = input.indexOf('<', lt + 1);
  }
  return false;
}

/** The entity at i ("&euro;", "&#8364;", "&#x20AC;"): its text and length, or null. */
export function decodeEntityAt(input: string, i: number): { text: string; length: number } | null {
  let semi = -1;
  for (let k = i + 1; k < input.length && k <= i + 12; k += 1) {
    if (input.charCodeAt(k) === 59) {
      semi = k;
      break;
    }
  }
  if (semi === -1) return null;
  const body = input.slice(i + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = hex ? body.slice(2) : body.slice(1);
    if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    return { text: String.fromCodePoint(code), length: semi - i + 1 };
  }
  const named = ENTITIES[body];
  return named === undefined ? null : { text: named, length: semi - i + 1 };
}

function tagNameAt(input: string, i: number): { name: string; closing: boolean } {
  let j = i + 1;
  const closing = input[j] === '/';
  if (closing) j += 1;
  let name = '';
  while (j < input.length && name.length < 12) {
    const c = input.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) name += input[j];
    else break;
    j += 1;
  }
  return { name: name.toLowerCase(), closing };
}

export function toPlainText(input: string): PlainText {
  if (!needsMarkupPass(input))
    return {
      text: input,
      segmentOut: null,
      segmentIn: null,
      segmentInEnd: null,
      segmentCopy: null,
    };
  const chunks: string[] = [];
  const segOut: number[] = [];
  const segIn: number[] = [];
  const segInEnd: number[] = [];
  const segCopy: number[] = [];
  let n = 0;
  const segment = (text: string, start: number, end: number, copied: boolean): void => {
    if (text.length === 0) return;
    chunks.push(text);
    segOut.push(n);
    segIn.push(start);
    segInEnd.push(end);
    segCopy.push(copied ? 1 : 0);
    n += text.length;
  };
  const copy = (from: number, to: number): void => segment(input.slice(from, to), from, to, true);
  let i = 0;
  let runStart = 0;
  let skipUntil: string | null = null;
  let nextLt = input.indexOf('<');
  let nextAmp = input.indexOf('&');
  while (i < input.length) {
    // jump to the next '<' or '&' (indexOf is native and linear overall: both only move forward)
    if (nextLt !== -1 && nextLt < i) nextLt = input.indexOf('<', i);
    if (nextAmp !== -1 && nextAmp < i) nextAmp = input.indexOf('&', i);
    const jump = nextLt === -1 ? nextAmp : nextAmp === -1 ? nextLt : Math.min(nextLt, nextAmp);
    if (jump === -1) break;
    i = jump;
    const ch = input.charCodeAt(i);
    if (ch === 60 /* < */) {
      const next = input.charCodeAt(i + 1);
      const tagLike =
        (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 47 || next === 33;
      if (!tagLike) {
        i += 1;
        continue;
      }
      // a tag ends within MAX_TAG chars; a '<' without one is text ("a <b and c")
      let close = -1;
      const limit = Math.min(input.length, i + MAX_TAG);
      for (let k = i + 1; k < limit; k += 1) {
        if (input.charCodeAt(k) === 62) {
          close = k;
          break;
        }
      }
      if (close === -1) {
        i += 1;
        continue;
      }
      if (skipUntil === null) copy(runStart, i);
      const { name, closing } = tagNameAt(input, i);
      if (skipUntil !== null) {
        if (closing && name === skipUntil) skipUntil = null;
      } else if (!closing && SKIP_CONTENT.has(name) && input[close - 1] !== '/') skipUntil = name;
      else if (BLOCK_TAGS.has(name)) segment('\n', i, close + 1, false);
      else if (CELL_TAGS.has(name) && closing) segment(' |', i, close + 1, false);
      else segment(' ', i, close + 1, false);
      i = close + 1;
      runStart = i;
      continue;
    }
    if (skipUntil !== null) {
      i += 1;
      continue;
    }
    const entity = decodeEntityAt(input, i);
    if (!entity) {
      i += 1;
      continue;
    }
    copy(runStart, i);
    segment(entity.text, i, i + entity.length, false);
    i += entity.length;
    runStart = i;
  }
  if (skipUntil === null) copy(runStart, input.length);
  return {
    text: chunks.join(''),
    segmentOut: Int32Array.from(segOut),
    segmentIn: Int32Array.from(segIn),
    segmentInEnd: Int32Array.from(segInEnd),
    segmentCopy: Uint8Array.from(segCopy),
  };
}

/** The input span of output char i. */
function inputOf(plain: PlainText, i: number): [number, number] {
  const out = plain.segmentOut as Int32Array;
  let lo = 0;
  let hi = out.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((out[mid] as number) <= i) lo = mid;
    else hi = mid - 1;
  }
  const start = (plain.segmentIn as Int32Array)[lo] as number;
  if ((plain.segmentCopy as Uint8Array)[lo] === 1) {
    const at = start + (i - (out[lo] as number));
    return [at, at + 1];
  }
  return [start, (plain.segmentInEnd as Int32Array)[lo] as number];
}

/** Maps a [start, end) span of the plain text back to the input. */
export function toInputSpan(
  plain: PlainText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (!plain.segmentOut || plain.segmentOut.length === 0) return { start, end };
  const [s] = inputOf(plain, start);
  const [, e] = inputOf(plain, Math.max(start, end - 1));
  return { start: s, end: Math.max(s, e) };
}
