import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantileSorted } from '../stats.ts';
import { holdsWholeAtoms, type ContributedValue } from './contributed-value.ts';
import { contributionChunks, privateFigures } from './private-figures.ts';
import { roundSignificant, significantDigitsFor } from './rounding.ts';

const values = [61_350, 64_520, 67_270, 71_830, 77_310];
const atom = (vs: number[], atomId = 'a1', atomSize = vs.length): ContributedValue[] =>
  vs.map((value) => ({ atomId, atomSize, value, observedOn: '2025-07-01', group: {} }));

describe('privacy rules for contributed figures', () => {
  it('counts a figure as whole only when every batch it touches is there in full', () => {
    assert.equal(holdsWholeAtoms(atom(values)), true);
    assert.equal(holdsWholeAtoms(atom(values.slice(0, 4), 'a1', 5)), false);
    assert.equal(holdsWholeAtoms([...atom(values), ...atom([50_000], 'a2', 6)]), false);
  });

  it('never publishes the exact order statistics of five contributions', () => {
    const exact = [0.1, 0.25, 0.5, 0.75, 0.9].map((q) => quantileSorted(values, q));
    const f = privateFigures({ openBuckets: [], contributed: atom(values), parent: [40e3, 48e3, 55e3, 63e3, 72e3], k: 5 });
    assert.equal(f.count, 5);
    assert.equal(f.digits, 2);
    assert.equal(f.smoothedWith, 5);
    for (const [i, q] of (f.quantiles ?? []).entries()) {
      assert.ok(!values.includes(q), `${q} is a contributed value`);
      assert.equal(q % 1000, 0);
      // Halfway to the parent (5 real, 5 pseudo-observations), then rounded.
      assert.equal(q, roundSignificant((exact[i]! + [40e3, 48e3, 55e3, 63e3, 72e3][i]!) / 2, 2));
    }
  }); // prettier-ignore

  it('puts each batch in a histogram as chunks of at least k at their rounded mean', () => {
    const chunks = contributionChunks(atom([...values, 80_000, 81_000, 90_000, 99_000, 120_000, 130_000]), 5);
    assert.deepEqual(chunks.map((c) => c.count), [5, 6]);
    assert.deepEqual(chunks.map((c) => c.min), [68_000, 100_000]);
  }); // prettier-ignore

  it('rounds thin cohorts to 2 significant digits and larger ones to 3', () => {
    assert.equal(significantDigitsFor(19, 5), 2);
    assert.equal(significantDigitsFor(20, 5), 3);
    assert.equal(roundSignificant(57_978, 2), 58_000);
    assert.equal(roundSignificant(57_978, 3), 58_000);
    assert.equal(roundSignificant(123_456, 3), 123_000);
  });
});
