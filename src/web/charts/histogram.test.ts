import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { histogramSvg, type Bin } from './histogram.ts';

const bins: Bin[] = [
  { from: 40000, to: 50000, count: 10 },
  { from: 50000, to: 60000, count: 40 },
  { from: 60000, to: 70000, count: 20 },
  { from: 70000, to: 80000, count: 0 },
];
const options = {
  title: 'Salaries <all>',
  format: (v: number) => `${v / 1000}k`,
  formatCount: (c: number) => String(c),
  describeBin: (b: Bin) => `${b.from / 1000}k–${b.to / 1000}k: ${b.count}`,
};

function rects(svg: string): { x: number; y: number; width: number; height: number }[] {
  return [
    ...svg.matchAll(
      /<rect class="bin" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
    ),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

describe('histogram chart', () => {
  it('draws one bar per bin, left to right, as tall as its count', () => {
    const svg = histogramSvg(bins, options);
    const bars = rects(svg);
    assert.equal(bars.length, 4);
    assert.ok(bars.every((b, i) => i === 0 || b.x > (bars[i - 1] as { x: number }).x));
    const [a, b, c, d] = bars as [
      (typeof bars)[0],
      (typeof bars)[0],
      (typeof bars)[0],
      (typeof bars)[0],
    ];
    assert.ok(b.height > c.height && c.height > a.height, 'the 40-count bar is the tallest');
    assert.ok(Math.abs(b.height - 2 * c.height) < 1, 'heights are proportional to counts');
    assert.equal(d.height, 0, 'an empty bin has no height');
    assert.ok(Math.abs(a.width - b.width) < 0.2, 'equal-width bins give equal-width bars');
  });

  it('names each bar and the chart for screen readers, escaping the text', () => {
    const svg = histogramSvg(bins, options);
    assert.match(svg, /role="img" aria-label="Salaries &lt;all&gt;"/);
    assert.match(svg, /data-count="40"><title>50k–60k: 40<\/title>/);
  });

  it('labels the amount axis and the count axis', () => {
    const svg = histogramSvg(bins, options);
    assert.match(svg, />40k</);
    assert.match(svg, />80k</);
    assert.match(svg, /class="tick y"[^]*?>40</);
  });

  it('draws markers inside the range only, the main one thicker', () => {
    const svg = histogramSvg(bins, {
      ...options,
      markers: [
        { value: 55000, label: 'median', main: true },
        { value: 48000, label: 'p25' },
        { value: 95000, label: 'outside' },
      ],
    });
    assert.equal(svg.match(/class="marker/g)?.length, 2);
    assert.match(svg, /class="marker main"[^]*?stroke-width="2.5"[^]*?>median</);
    assert.doesNotMatch(svg, /outside/);
  });

  it('draws an empty chart, still titled, when there are no bins', () => {
    const svg = histogramSvg([], options);
    assert.match(svg, /<title>Salaries &lt;all&gt;<\/title>/);
    assert.doesNotMatch(svg, /class="bin"/);
  });
});
