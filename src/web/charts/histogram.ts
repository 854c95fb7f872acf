/** A histogram: one vertical bar per bin of equal width, its height the number of observations,
 * with optional vertical markers (e.g. the quartiles and the median of the same figures). */
import { el, esc, linearScale, niceTicks, svgRoot, text } from './svg.ts';

export interface Bin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface HistogramMarker {
  readonly value: number;
  readonly label: string;
  /** The main marker (the median) is drawn thicker. */
  readonly main?: boolean;
}

export interface HistogramOptions {
  readonly title: string;
  /** Values along x (amounts), e.g. "56 k€". */
  readonly format: (value: number) => string;
  /** Counts along y. */
  readonly formatCount: (count: number) => string;
  /** Accessible name of one bar, e.g. "50 k€ – 55 k€: 212 observations". */
  readonly describeBin: (bin: Bin) => string;
  readonly markers?: readonly HistogramMarker[];
  readonly width?: number;
  readonly height?: number;
}

export function histogramSvg(bins: readonly Bin[], options: HistogramOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 260;
  const left = 56;
  const right = 16;
  const top = 22;
  const bottom = 28;
  const plotBottom = height - bottom;
  if (bins.length === 0) return svgRoot(width, height, options.title, '');

  const lo = Math.min(...bins.map((b) => b.from));
  const hi = Math.max(...bins.map((b) => b.to));
  const x = linearScale([lo, hi], [left, width - right]);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const countTicks = niceTicks(0, maxCount, 4);
  const yTop = Math.max(maxCount, countTicks.at(-1) ?? maxCount);
  const y = linearScale([0, yTop], [plotBottom, top]);

  const yAxis = countTicks
    .map((c) =>
      el(
        'g',
        { class: 'tick y' },
        el('line', { x1: left, x2: width - right, y1: y(c), y2: y(c), stroke: '#e4e4e7' }),
        text(
          { x: left - 6, y: y(c) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#3f3f46' },
          options.formatCount(c),
        ),
      ),
    )
    .join('');
  const xAxis = niceTicks(lo, hi, 6)
    .filter((v) => v >= lo && v <= hi)
    .map((v) =>
      el(
        'g',
        { class: 'tick x' },
        el('line', { x1: x(v), x2: x(v), y1: plotBottom, y2: plotBottom + 4, stroke: '#71717a' }),
        text(
          {
            x: x(v),
            y: plotBottom + 17,
            'text-anchor': 'middle',
            'font-size': 12,
            fill: '#3f3f46',
          },
          options.format(v),
        ),
      ),
    )
    .join('');
  const bars = bins
    .map((b) => {
      const x0 = x(b.from);
      const w = Math.max(1, x(b.to) - x0 - 1);
      return el(
        'rect',
        {
          class: 'bin',
          x: x0 + 0.5,
          y: y(b.count),
          width: w,
          height: Math.max(0, plotBottom - y(b.count)),
          fill: '#2563eb',
          'data-from': Math.round(b.from),
          'data-to': Math.round(b.to),
          'data-count': b.count,
        },
        el('title', {}, esc(options.describeBin(b))),
      );
    })
    .join('');
  const markers = (options.markers ?? [])
    .filter((m) => m.value >= lo && m.value <= hi)
    .map((m) =>
      el(
        'g',
        { class: m.main ? 'marker main' : 'marker' },
        el('line', {
          x1: x(m.value),
          x2: x(m.value),
          y1: top - 4,
          y2: plotBottom,
          stroke: '#b45309',
          'stroke-width': m.main ? 2.5 : 1.2,
          'stroke-dasharray': m.main ? undefined : '4 3',
        }),
        text(
          {
            x: x(m.value),
            y: top - 8,
            'text-anchor': 'middle',
            'font-size': 11,
            fill: '#92400e',
          },
          m.label,
        ),
      ),
    )
    .join('');
  const baseline = el('line', {
    x1: left,
    x2: width - right,
    y1: plotBottom,
    y2: plotBottom,
    stroke: '#71717a',
  });
  return svgRoot(width, height, options.title, yAxis + bars + baseline + xAxis + markers);
}
