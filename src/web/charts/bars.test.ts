import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barsSvg } from './bars.ts';

describe('bar chart', () => {
  const svg = barsSvg(
    [
      { label: 'France', value: 60000 },
      { label: 'United States', value: 120000 },
      { label: 'Morocco', value: null, missing: 'not enough data' },
    ],
    { title: 'Median by country', format: (v) => `${v / 1000}k` },
  );

  it('draws bars whose lengths follow the values', () => {
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    assert.equal(widths.length, 2);
    assert.ok(
      Math.abs((widths[1] as number) / (widths[0] as number) - 2) < 0.01,
      'twice the value, twice the length',
    );
  });

  it('writes each value and says why a row has none', () => {
    assert.match(svg, />60k</);
    assert.match(svg, />120k</);
    assert.match(svg, />not enough data</);
  });
});
