/** A horizontal waterfall: the first step is a base amount, each next step adds (or removes)
 * its value, and the last bar is the total (the median of an estimate). */
import { el, linearScale, niceTicks, svgRoot, text, xGrid } from './svg.ts';

export interface WaterfallStep {
  readonly label: string;
  readonly value: number;
}

export interface WaterfallOptions {
  readonly title: string;
  readonly totalLabel: string;
  readonly format: (value: number) => string;
  /** Signed amounts of the steps after the base, e.g. "+12 k€". */
  readonly formatDelta: (value: number) => string;
  readonly width?: number;
}

export function waterfallSvg(steps: readonly WaterfallStep[], options: WaterfallOptions): string {
  const width = options.width ?? 720;
  const rowHeight = 30;
  // Room for the longest label at 13 px (about 7 px a character), within a third to a half of
  // the chart.
  const longest = Math.max(options.totalLabel.length, ...steps.map((s) => s.label.length));
  const labelWidth = Math.round(Math.min(width / 2, Math.max(width / 3, longest * 7 + 16)));
  const top = 6;
  const rows = steps.length + 1;
  const plotBottom = top + rows * rowHeight;
  const height = plotBottom + 26;
  let running = 0;
  const bars = steps.map((s, i) => {
    const start = i === 0 ? 0 : running;
    running = i === 0 ? s.value : running + s.value;
    return { ...s, start, end: running, base: i === 0 };
  });
  const total = running;
  const extent = [0, ...bars.map((b) => b.end)];
  const ticks = niceTicks(Math.min(...extent), Math.max(...extent), 4);
  const x = linearScale(
    [Math.min(0, ticks[0] ?? 0), Math.max(...extent, ticks.at(-1) ?? 0)],
    [labelWidth, width - 80],
  );
  const grid = xGrid(ticks, x, top, plotBottom, options.format);
  const all = [
    ...bars,
    { label: options.totalLabel, value: total, start: 0, end: total, base: true },
  ];
  const body = all
    .map((b, i) => {
      const y = top + i * rowHeight + 5;
      const x0 = x(Math.min(b.start, b.end));
      const x1 = x(Math.max(b.start, b.end));
      const up = b.end >= b.start;
      const fill = b.base ? '#1e3a8a' : up ? '#15803d' : '#b91c1c';
      const amount = b.base ? options.format(b.value) : options.formatDelta(b.value);
      return el(
        'g',
        { class: b.base ? 'step total' : up ? 'step up' : 'step down', 'data-value': b.value },
        text(
          { x: labelWidth - 10, y: y + 15, 'text-anchor': 'end', 'font-size': 13, fill: '#18181b' },
          b.label,
        ),
        el('rect', { x: x0, y, width: Math.max(1, x1 - x0), height: rowHeight - 10, fill }),
        text({ x: x1 + 6, y: y + 15, 'font-size': 12, fill: '#18181b' }, amount),
      );
    })
    .join('');
  return svgRoot(width, height, options.title, grid + body);
}
