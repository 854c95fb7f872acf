/**
 * HTML (and entity-bearing Markdown) to plain text, keeping for every output character the span
 * of the input it came from, so evidence offsets index into the ORIGINAL input. One linear pass,
 * no regular expressions over the input: tags are skipped by scanning to the next '>'.
 */

export interface PlainText {
  readonly text: string;
  /** Input offset where output char i starts (null: the text is the input). */
  readonly starts: Int32Array | null;
  /** Input offset just after output char i. */
  readonly ends: Int32Array | null;
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
  const semi = input.indexOf(';', i + 1);
  if (semi === -1 || semi - i > 12) return null;
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
  if (!needsMarkupPass(input)) return { text: input, starts: null, ends: null };
  // the output is never longer than the input: a tag (≥ 3 chars) becomes at most 2, an entity 1 or 2
  const starts = new Int32Array(input.length + 1);
  const ends = new Int32Array(input.length + 1);
  const chunks: string[] = [];
  let n = 0;
  const emit = (text: string, start: number, end: number): void => {
    chunks.push(text);
    for (let k = 0; k < text.length; k += 1) {
      starts[n] = start;
      ends[n] = end;
      n += 1;
    }
  };
  /** Copies input[from, to) as is (one chunk, identity offsets). */
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    chunks.push(input.slice(from, to));
    for (let k = from; k < to; k += 1) {
      starts[n] = k;
      ends[n] = k + 1;
      n += 1;
    }
  };
  let i = 0;
  let runStart = 0;
  let skipUntil: string | null = null;
  while (i < input.length) {
    const ch = input.charCodeAt(i);
    if (ch !== 60 && ch !== 38) {
      i += 1;
      continue;
    }
    if (ch === 60 /* < */) {
      const next = input.charCodeAt(i + 1);
      const tagLike = (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 47 || next === 33;
      if (!tagLike) {
        i += 1;
        continue;
      }
      if (skipUntil === null) copy(runStart, i);
      const close = input.indexOf('>', i + 1);
      if (close === -1) {
        runStart = input.length; // an unclosed tag runs to the end of the input
        i = input.length;
        break;
      }
      const { name, closing } = tagNameAt(input, i);
      if (skipUntil !== null) {
        if (closing && name === skipUntil) skipUntil = null;
      } else if (!closing && SKIP_CONTENT.has(name) && input[close - 1] !== '/') skipUntil = name;
      else if (BLOCK_TAGS.has(name)) emit('\n', i, close + 1);
      else if (CELL_TAGS.has(name) && closing) emit(' |', i, close + 1);
      else emit(' ', i, close + 1);
      i = close + 1;
      runStart = i;
      continue;
    }
    // &
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
    emit(entity.text, i, i + entity.length);
    i += entity.length;
    runStart = i;
  }
  if (skipUntil === null) copy(runStart, input.length);
  return { text: chunks.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Maps a [start, end) span of the plain text back to the input. */
export function toInputSpan(
  plain: PlainText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (!plain.starts || !plain.ends) return { start, end };
  const s = plain.starts[start] ?? plain.starts[plain.starts.length - 1] ?? 0;
  const e = plain.ends[end - 1] ?? s;
  return { start: s, end: Math.max(s, e) };
}
