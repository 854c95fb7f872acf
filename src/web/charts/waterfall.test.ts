import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { waterfallSvg } from './waterfall.ts';

const steps = [
  { label: 'base', value: 60000 },
  { label: 'role: ml-engineer', value: 12000 },
  { label: 'level: junior', value: -8000 },
  { label: 'country: FR', value: 3000 },
];
const svg = waterfallSvg(steps, {
  title: 'From the base to the median',
  totalLabel: 'median',
  format: (v) => `${v / 1000}k`,
  formatDelta: (v) => `${v > 0 ? '+' : ''}${v / 1000}k`,
});

describe('waterfall chart', () => {
  it('draws the base, each factor and the total that they add up to', () => {
    const groups = [...svg.matchAll(/<g class="step (\w+)" data-value="(-?\d+)"/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    assert.deepEqual(groups, [
      ['total', 60000],
      ['up', 12000],
      ['down', -8000],
      ['up', 3000],
      ['total', 67000],
    ]);
    assert.match(svg, />67k</);
  });

  it('writes signed amounts for the factors', () => {
    assert.match(svg, />\+12k</);
    assert.match(svg, />-8k</);
  });

  it('starts each factor bar where the previous one ended', () => {
    const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const [base, role, level] = rects as [[number, number], [number, number], [number, number]];
    assert.ok(
      Math.abs(base[0] + base[1] - role[0]) < 0.2,
      'the role bar starts at the end of the base',
    );
    assert.ok(
      Math.abs(level[0] + level[1] - (role[0] + role[1])) < 0.2,
      'the negative level bar ends at the end of the role bar',
    );
  });
});

describe('waterfall labels', () => {
  it('leave room for a long label instead of cutting it at the left edge', () => {
    const long = 'Base : France, tous métiers et niveaux';
    const wide = waterfallSvg([{ label: long, value: 58000 }, ...steps.slice(1)], {
      title: 't',
      totalLabel: 'médiane',
      format: String,
      formatDelta: String,
    });
    const labelX = Number(/<text x="([\d.]+)"[^>]*text-anchor="end"/.exec(wide)?.[1]);
    // 13 px text: about 7 px a character must fit left of the label's right edge.
    assert.ok(labelX >= long.length * 7, `label ends at x = ${labelX}`);
    const baseX = Number(/<rect x="([\d.]+)"/.exec(wide)?.[1]);
    assert.ok(baseX > labelX, 'bars start right of the labels');
  });
});
