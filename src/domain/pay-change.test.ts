import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { likeForLikePayChange } from './pay-change.ts';

describe('like-for-like change of posted pay', () => {
  it('sees no change when every cell keeps its pay, though the mix moves the overall median', () => {
    // Year 1: mostly cheap Lyon postings; year 2: mostly dear Paris ones. Same pay per cell.
    const cells = [
      { year: 2024, cell: 'ds|Paris', count: 10, median: 60_000 },
      { year: 2024, cell: 'ds|Lyon', count: 40, median: 45_000 },
      { year: 2025, cell: 'ds|Paris', count: 40, median: 60_000 },
      { year: 2025, cell: 'ds|Lyon', count: 10, median: 45_000 },
    ];
    const overall = new Map([
      [2024, { count: 50, median: 45_000 }],
      [2025, { count: 50, median: 60_000 }],
    ]);
    const [change] = likeForLikePayChange(cells, overall, 5);
    assert.equal(change?.change, 0);
    assert.equal(change?.cells, 2);
    assert.equal(change?.postings, 100);
    assert.ok(Math.abs((change?.rawChange ?? 0) - 1 / 3) < 1e-12);
  });

  it('weights each cell by its postings in the earlier year', () => {
    const cells = [
      { year: 2024, cell: 'a', count: 30, median: 100 },
      { year: 2025, cell: 'a', count: 5, median: 110 },
      { year: 2024, cell: 'b', count: 10, median: 100 },
      { year: 2025, cell: 'b', count: 50, median: 90 },
    ];
    const [change] = likeForLikePayChange(cells, new Map(), 5);
    assert.ok(Math.abs((change?.change ?? 0) - (30 * 0.1 + 10 * -0.1) / 40) < 1e-12);
    assert.equal(change?.rawChange, null);
  });

  it('leaves out cells below the minimum group size in either year', () => {
    const cells = [
      { year: 2024, cell: 'a', count: 4, median: 100 },
      { year: 2025, cell: 'a', count: 50, median: 200 },
    ];
    assert.deepEqual(likeForLikePayChange(cells, new Map(), 5), []);
  });
});
