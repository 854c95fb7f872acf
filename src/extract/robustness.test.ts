import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSalaries, findMoneyAmounts } from './index.ts';

/** A deterministic pseudo-random generator (no clock, reproducible). */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const SPACES = [
  '\u0020',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u202f',
  '\u205f',
  '\u3000',
  '\t',
];
const DASHES = [
  '-',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\ufe58',
  '\ufe63',
  '\uff0d',
];

describe('robustness', () => {
  it('survives random bytes decoded as UTF-8 and random UTF-16 code units', () => {
    const next = random(42);
    for (let round = 0; round < 50; round += 1) {
      const bytes = new Uint8Array(2000);
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(next() * 256);
      const text = new TextDecoder('utf-8').decode(bytes);
      const facts = extractSalaries(text);
      assert.ok(Array.isArray(facts));
      let units = '';
      for (let i = 0; i < 2000; i += 1) units += String.fromCharCode(Math.floor(next() * 65536));
      assert.ok(Array.isArray(extractSalaries(units)));
    }
  });

  // Eight pieces of the long-text reader, each cut at a space (no line or sentence end to cut at):
  // more length only repeats the same cut.
  it('reads a 2 MB single line without a newline', () => {
    const unit = 'Salaire : 45 000 € brut par an, prime 5 000 €, TJM 600 € ; ';
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const facts = extractSalaries(text);
    assert.ok(facts.length >= 1);
    assert.equal(
      text.slice(facts[0]!.evidence[0]!.start, facts[0]!.evidence[0]!.end),
      facts[0]!.evidence[0]!.text,
    );
  });

  // The one large input: a number-group reader that backtracks or rescans would not finish.
  it('reads a 10 MB run of digits and separators (no backtracking on number groups)', () => {
    const text = '1 234 567,'.repeat(1_000_000);
    assert.ok(Array.isArray(findMoneyAmounts(text)));
  });

  // 200 kB is 30 000 to 60 000 words per run: a reader that rescans a run from each word would
  // take billions of steps at this size already.
  it('reads 200 kB runs of number words and of two-digit groups (each number is read once, a few words long)', () => {
    for (const unit of [
      'mille ',
      'cent ',
      'thousand and ',
      'vingt-',
      'a half ',
      '12,',
      '1,23,',
      '12EUR',
    ])
      for (const lang of ['fr', 'en'] as const)
        assert.ok(Array.isArray(extractSalaries(unit.repeat(200_000 / unit.length), { lang })));
  });

  it('reads deeply nested HTML', () => {
    const depth = 100_000;
    const text = `${'<div><span>'.repeat(depth)}Salaire : 52&nbsp;000&nbsp;&euro; brut par an${'</span></div>'.repeat(depth)}`;
    const facts = extractSalaries(text);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]!.low, 52000);
    assert.equal(facts[0]!.evidence[0]!.text, '52&nbsp;000&nbsp;&euro;');
  });

  it('reads unclosed tags, stray "<" and broken entities without throwing', () => {
    for (const text of [
      '<div',
      '<<<<',
      'a < b et 5 000 € > 3',
      '&#xZZ; &#99999999999; &euro',
      '<p>Salaire : 40 k€</p',
      '<!-- 40 k€',
    ]) {
      assert.ok(Array.isArray(extractSalaries(text)));
    }
  });

  it('reads every Unicode space as a thousands separator', () => {
    for (const space of SPACES) {
      const facts = extractSalaries(`Le salaire est de 45${space}000 € brut par an.`);
      const expected = space === '\t' ? [] : [45000];
      if (space !== '\t')
        assert.deepEqual(
          facts.map((f) => f.low),
          expected,
          `U+${space.charCodeAt(0).toString(16)}`,
        );
    }
  });

  it('reads every dash as a range separator', () => {
    for (const dash of DASHES) {
      const facts = extractSalaries(`Salaire : 45${dash}55 k€ brut annuel.`);
      assert.deepEqual(
        facts.map((f) => [f.low, f.high]),
        [[45000, 55000]],
        `U+${dash.charCodeAt(0).toString(16)}`,
      );
    }
  });

  it('returns nothing for an empty or blank text', () => {
    assert.deepEqual(extractSalaries(''), []);
    assert.deepEqual(extractSalaries(' \n\t\u00a0'), []);
  });

  it('keeps evidence offsets on the input for text with surrogate pairs before the figure', () => {
    const text = '🚀🚀 Salaire : 48 000 € brut par an 🎉';
    const [fact] = extractSalaries(text);
    assert.ok(fact);
    assert.equal(text.slice(fact.evidence[0]!.start, fact.evidence[0]!.end), '48 000 €');
  });
});
