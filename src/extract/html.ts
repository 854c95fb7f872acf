/**
 * HTML (and entity-bearing Markdown) to plain text with htmlparser2, keeping for every output
 * character the span of the input it came from, so evidence offsets index into the ORIGINAL
 * input. Comments, CDATA, attributes and the content of script / style are not text; entities
 * (named, decimal, hex) are decoded by the `entities` decoder the parser itself uses, called here
 * rather than in the parser, which then skips through text to the next tag; block tags become
 * line breaks and table cells "|" separators. The JSON-LD blocks of a page are listed with their input offsets
 * (`jsonLdBlocks`) for the schema.org JobPosting reader.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities';
import { Parser } from 'htmlparser2';
import { withNativeSearch, withTopFirstStack } from './html-stack.ts';
import { BLOCK_TAGS, CELL_TAGS, INLINE_TAGS, SKIP_CONTENT } from './html-tags.ts';

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

/** Does the input look like HTML or carry entities? (cheap scan; plain text skips the mapping). */
export function needsMarkupPass(input: string): boolean {
  let amp = input.indexOf('&');
  while (amp !== -1) {
    const c = input.charCodeAt(amp + 1);
    if (c === 35 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      const semi = input.indexOf(';', amp + 2);
      if (semi !== -1 && semi - amp <= 32) return true;
    }
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

/** One pass of htmlparser2 over the input, calling back with text pieces and their input spans. */
interface Walk {
  text(data: string, start: number, end: number): void;
  tag(name: string, closing: boolean, start: number, end: number): void;
  /** The raw content of a script whose type is application/ld+json. */
  jsonLd?(data: string, start: number, end: number): void;
}

function walk(input: string, w: Walk): void {
  let skip = 0;
  let jsonLd = false;
  const parser = withNativeSearch(
    withTopFirstStack(
      new Parser(
        {
          onopentag(name, attribs) {
            if (SKIP_CONTENT.has(name)) {
              skip += 1;
              jsonLd =
                name === 'script' && (attribs.type ?? '').toLowerCase() === 'application/ld+json';
            }
            if (skip === 0 || SKIP_CONTENT.has(name))
              w.tag(name, false, parser.startIndex, parser.endIndex + 1);
          },
          onclosetag(name, implied) {
            if (SKIP_CONTENT.has(name) && skip > 0) {
              skip -= 1;
              jsonLd = false;
            }
            if (skip === 0 && !implied) w.tag(name, true, parser.startIndex, parser.endIndex + 1);
          },
          ontext(data) {
            const start = parser.startIndex;
            const end = parser.endIndex + 1;
            if (skip === 0) w.text(data, start, end);
            else if (jsonLd && w.jsonLd) w.jsonLd(data, start, end);
          },
        },
        // entities are decoded by decodeEntityAt: the parser then skips through text to the next '<'
        { decodeEntities: false, lowerCaseTags: true },
      ),
    ),
  );
  parser.end(input);
}

/** The entity decoder of the HTML standard (text content: legacy names without ";" too). */
let decoded = '';
let consumed = 0;
const decoder = new HtmlEntityDecoder((cp, n) => {
  decoded = String.fromCodePoint(cp);
  consumed = n;
});

/** The reference whose name starts at `at` (just after its "&"): text and chars consumed from the "&". */
function decodeReference(input: string, at: number, mode: DecodingMode): [string, number] {
  decoded = '';
  consumed = 0;
  decoder.startEntity(mode);
  if (decoder.write(input, at) < 0) decoder.end(); // the input ends inside the reference
  return [decoded, consumed];
}

/**
 * The character reference starting with the "&" at `amp`: its text and its input span, or null.
 * A reference escaped twice ("&amp;euro;", "&amp;nbsp;": HTML escaped again by a feed or a CMS)
 * is read as the character it names, when the inner one is complete (with its ";").
 */
function decodeEntityAt(input: string, amp: number): { text: string; end: number } | null {
  const [text, n] = decodeReference(input, amp + 1, DecodingMode.Legacy);
  if (n === 0) return null;
  const end = amp + n;
  if (text === '&' && input.charCodeAt(end - 1) === 59) {
    const [inner, m] = decodeReference(input, end, DecodingMode.Strict);
    if (m > 0 && input.charCodeAt(end + m - 2) === 59) return { text: inner, end: end + m - 1 };
  }
  return { text, end };
}

/**
 * HTML escaped once more into the text ("&lt;span&gt;$72,000&lt;/span&gt;": a feed or a CMS
 * escaped the markup): the escaped tag whose name starts at `at` (just after "&lt;") and ends
 * before `limit`, with where it ends after its "&gt;", or null. Known tag names only, so that
 * "&lt;5 years&gt;" stays text.
 */
function escapedTagAt(
  input: string,
  at: number,
  limit: number,
): { name: string; closing: boolean; end: number } | null {
  let i = at;
  const closing = input.charCodeAt(i) === 47; // "/"
  if (closing) i += 1;
  const nameStart = i;
  while (i < limit && i - nameStart < 12) {
    const c = input.charCodeAt(i) | 0x20;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && i > nameStart))) break;
    i += 1;
  }
  const name = input.slice(nameStart, i).toLowerCase();
  if (!BLOCK_TAGS.has(name) && !CELL_TAGS.has(name) && !INLINE_TAGS.has(name)) return null;
  const c = input.charCodeAt(i);
  // the name ends at "&gt;", a space (attributes) or "/" ("&lt;br/&gt;")
  if (c !== 38 && c !== 32 && c !== 47) return null;
  const gt = input.indexOf('&gt;', i);
  if (gt === -1 || gt + 4 > limit || gt - i > 300) return null;
  const lt = input.indexOf('&lt;', i);
  if (lt !== -1 && lt < gt) return null;
  return { name, closing, end: gt + 4 };
}

/** The plain-text separator of a tag: a line break, a cell separator or a space. */
function tagSeparator(name: string, closing: boolean): string {
  if (BLOCK_TAGS.has(name)) return '\n';
  if (CELL_TAGS.has(name) && closing) return ' |';
  return ' ';
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
  walk(input, {
    text(data, start, end) {
      // the parser's text of an unfinished tag at the end ("…<textarea") is not its input span
      if (data.length !== end - start) {
        segment(data, start, end, false);
        return;
      }
      // a run of text is the input itself; a decoded entity replaces its span
      let from = start;
      let amp = input.indexOf('&', start);
      while (amp !== -1 && amp < end) {
        const entity = decodeEntityAt(input, amp);
        const tag = entity?.text === '<' ? escapedTagAt(input, entity.end, end) : null;
        if (entity) {
          if (amp > from) segment(input.slice(from, amp), from, amp, true);
          if (tag) segment(tagSeparator(tag.name, tag.closing), amp, tag.end, false);
          else segment(entity.text, amp, entity.end, false);
          from = tag ? tag.end : entity.end;
        }
        amp = input.indexOf('&', entity ? from : amp + 1);
      }
      if (end > from) segment(input.slice(from, end), from, end, true);
    },
    tag(name, closing, start, end) {
      segment(tagSeparator(name, closing), start, end, false);
    },
  });
  return {
    text: chunks.join(''),
    segmentOut: Int32Array.from(segOut),
    segmentIn: Int32Array.from(segIn),
    segmentInEnd: Int32Array.from(segInEnd),
    segmentCopy: Uint8Array.from(segCopy),
  };
}

/** A `<script type="application/ld+json">` block: its raw content and where it is in the input. */
export interface JsonLdBlock {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The JSON-LD blocks of an HTML page, in order, with their input offsets (content only, tags excluded). */
export function jsonLdBlocks(input: string): JsonLdBlock[] {
  const out: JsonLdBlock[] = [];
  let open: { start: number; end: number } | null = null;
  walk(input, {
    text() {},
    tag(name, closing) {
      if (name === 'script' && closing && open) {
        out.push({ ...open, text: input.slice(open.start, open.end) });
        open = null;
      }
    },
    jsonLd(_data, start, end) {
      open = open ? { start: open.start, end } : { start, end };
    },
  });
  return out;
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
