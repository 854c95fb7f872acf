import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boxPlotSvg, type BoxRow } from './box-plot.ts';
import { niceTicks } from './svg.ts';

const rows: BoxRow[] = [
  {
    label: 'Junior',
    count: 558,
    percentiles: { p10: 40000, p25: 65000, p50: 92000, p75: 120000, p90: 148000 },
  },
  {
    label: 'Senior <lead>',
    count: 7264,
    percentiles: { p10: 110000, p25: 125000, p50: 155000, p75: 182000, p90: 206000 },
  },
  { label: 'Expert', count: 3, percentiles: null },
];
const options = {
  title: 'Pay by level',
  format: (v: number) => `${Math.round(v / 1000)}k`,
  missing: (r: BoxRow) => `not enough data (n = ${r.count})`,
};

describe('box plot chart', () => {
  it('draws one box per group with data, ordered by median along x', () => {
    const svg = boxPlotSvg(rows, options);
    const boxes = [...svg.matchAll(/<rect x="([\d.]+)"[^>]*data-median="(\d+)"/g)];
    assert.equal(boxes.length, 2);
    assert.ok(
      Number(boxes[0]?.[1]) < Number(boxes[1]?.[1]),
      'the senior box starts right of the junior box',
    );
  });

  it('labels the medians and says when a group is too small instead of drawing it', () => {
    const svg = boxPlotSvg(rows, options);
    assert.match(svg, />92k</);
    assert.match(svg, />155k</);
    assert.match(svg, />not enough data \(n = 3\)</);
  });

  it('escapes labels and carries an accessible title', () => {
    const svg = boxPlotSvg(rows, options);
    assert.match(svg, /Senior &lt;lead&gt;/);
    assert.match(svg, /role="img" aria-label="Pay by level"/);
    assert.match(svg, /<title>Pay by level<\/title>/);
  });

  it('draws an empty axis when no group has data', () => {
    const svg = boxPlotSvg([{ label: 'Intern', count: 0, percentiles: null }], options);
    assert.doesNotMatch(svg, /<rect/);
    assert.match(svg, /not enough data \(n = 0\)/);
  });
});

describe('axis ticks', () => {
  it('uses round steps of 1, 2 or 5 times a power of ten', () => {
    assert.deepEqual(niceTicks(38000, 210000, 5), [50000, 100000, 150000, 200000]);
    assert.deepEqual(niceTicks(0, 1, 5), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
