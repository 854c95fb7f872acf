/**
 * Long texts (a dump of many job ads, a whole site) are read in pieces of about half a million
 * characters, cut at a blank line where there is one: memory stays that of one piece, so time
 * stays proportional to the length (no slowdown from a working set that outgrows the caches and
 * the young generation). Each piece is read with the few kilobytes before it as context (the
 * heading or table header above its first figures); document defaults (language, role, pay
 * vocabulary) come from the head of the whole text, as for a short one.
 */
import type { DocumentHead } from './document-head.ts';
import { extractFromPlain } from './salaries.ts';
import type { Lang, RawFact } from './fact.ts';

/** Characters per piece; texts up to twice this are read whole. */
const PIECE = 1 << 18;
/** Characters before a piece read as its context only (headings, table headers, earlier sentences). */
const CONTEXT = 8192;
/** How far past the nominal end a piece may run to reach a good cut. */
const SEARCH = 1 << 16;

/** The best cut at or after `at`: after a blank line, else a line end, else a sentence end, else a space. */
function cutAt(text: string, at: number): number {
  const limit = Math.min(text.length, at + SEARCH);
  const window = text.slice(at, limit);
  for (const sep of ['\n\n', '\n', '. ', ' ']) {
    const k = window.indexOf(sep);
    if (k !== -1) return at + k + sep.length;
  }
  return limit;
}

/** Where the context of a piece starting at `start` begins: a line start about CONTEXT before. */
function contextStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT);
  const line = text.indexOf('\n', from);
  return line !== -1 && line < start ? line + 1 : from;
}

function shift(f: RawFact, by: number): RawFact {
  return {
    ...f,
    spans: f.spans.map((s) => ({ start: s.start + by, end: s.end + by })),
    restatements: f.restatements.map((r) => ({
      ...r,
      span: { start: r.span.start + by, end: r.span.end + by },
    })),
  };
}

/** The facts of a plain text, read whole or piece by piece; spans index the whole text. */
export function extractFromLongText(
  text: string,
  lang: Lang | undefined,
  payField: boolean,
  everyAmount: boolean,
  currency: string | null = null,
): RawFact[] {
  if (text.length <= 2 * PIECE)
    return extractFromPlain(text, lang, payField, everyAmount, undefined, currency).facts;
  const facts: RawFact[] = [];
  let head: DocumentHead | undefined;
  let start = 0;
  while (start < text.length) {
    const end = start + PIECE >= text.length ? text.length : cutAt(text, start + PIECE);
    const from = start === 0 ? 0 : contextStart(text, start);
    const piece = extractFromPlain(
      text.slice(from, end),
      lang,
      payField,
      everyAmount,
      head,
      currency,
    );
    head ??= piece.head();
    for (const f of piece.facts) {
      // a figure in the context was read with the previous piece
      if ((f.spans[0]?.start ?? 0) + from < start) continue;
      facts.push(from === 0 ? f : shift(f, from));
    }
    start = end;
  }
  return facts;
}
