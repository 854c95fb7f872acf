/** Cuts a text into plain and highlighted pieces from [start, end) spans (UTF-16 offsets, as
 * the extractor returns them). Overlapping spans are merged into the first one. */
export interface Piece {
  readonly text: string;
  /** The index of the span this piece highlights, or null for plain text. */
  readonly mark: number | null;
}

export function highlightPieces(
  text: string,
  spans: readonly { start: number; end: number; index: number }[],
): Piece[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    if (s.start > at) pieces.push({ text: text.slice(at, s.start), mark: null });
    pieces.push({ text: text.slice(s.start, s.end), mark: s.index });
    at = s.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null });
  return pieces;
}
