import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlightPieces } from './highlight.ts';

describe('highlighting salary facts in a text', () => {
  const text = 'Salaire : 45-55 k€ brut, TJM 500 €.';

  it('marks each span and keeps the text between them', () => {
    const pieces = highlightPieces(text, [
      { start: 29, end: 34, index: 1 },
      { start: 10, end: 23, index: 0 },
    ]);
    assert.deepEqual(pieces, [
      { text: 'Salaire : ', mark: null },
      { text: '45-55 k€ brut', mark: 0 },
      { text: ', TJM ', mark: null },
      { text: '500 €', mark: 1 },
      { text: '.', mark: null },
    ]);
    assert.equal(pieces.map((p) => p.text).join(''), text);
  });

  it('skips a span overlapping an earlier one and spans outside the text', () => {
    const pieces = highlightPieces(text, [
      { start: 10, end: 18, index: 0 },
      { start: 16, end: 23, index: 1 },
      { start: 30, end: 99, index: 2 },
    ]);
    assert.deepEqual(
      pieces.filter((p) => p.mark !== null).map((p) => p.mark),
      [0],
    );
    assert.equal(pieces.map((p) => p.text).join(''), text);
  });
});
