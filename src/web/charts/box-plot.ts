/** Horizontal box plots: one row per group, whiskers p10–p90, box p25–p75, a median tick.
 * Groups below the minimum size get a row that says so instead of a box. */
import type { Percentiles } from '../../domain/stats.ts';
import { el, linearScale, niceTicks, svgRoot, text, xGrid } from './svg.ts';

export interface BoxRow {
  readonly label: string;
  readonly count: number;
  readonly percentiles: Percentiles | null;
}

export interface BoxPlotOptions {
  readonly title: string;
  readonly format: (value: number) => string;
  /** Shown in place of a box, e.g. "not enough data (n = 3)". */
  readonly missing: (row: BoxRow) => string;
  readonly width?: number;
  readonly rowHeight?: number;
  readonly labelWidth?: number;
}

export function boxPlotSvg(rows: readonly BoxRow[], options: BoxPlotOptions): string {
  const width = options.width ?? 720;
  const rowHeight = options.rowHeight ?? 34;
  const labelWidth = options.labelWidth ?? 170;
  const top = 8;
  const axisHeight = 26;
  const height = top + rows.length * rowHeight + axisHeight;
  const shown = rows.flatMap((r) => (r.percentiles ? [r.percentiles.p10, r.percentiles.p90] : []));
  const lo = shown.length ? Math.min(...shown) : 0;
  const hi = shown.length ? Math.max(...shown) : 1;
  const pad = (hi - lo || hi || 1) * 0.05;
  const ticks = niceTicks(Math.max(0, lo - pad), hi + pad, 5);
  const domain: [number, number] = [
    Math.min(lo - pad, ticks[0] ?? lo),
    Math.max(hi + pad, ticks.at(-1) ?? hi),
  ];
  const x = linearScale(domain, [labelWidth, width - 56]);
  const plotBottom = top + rows.length * rowHeight;

  const grid = xGrid(ticks, x, top, plotBottom, options.format);

  const body = rows
    .map((row, i) => {
      const cy = top + i * rowHeight + rowHeight / 2;
      const label = text(
        { x: labelWidth - 10, y: cy + 4, 'text-anchor': 'end', 'font-size': 13, fill: '#18181b' },
        row.label,
      );
      const p = row.percentiles;
      if (!p) {
        return el(
          'g',
          { class: 'row missing' },
          label,
          text(
            {
              x: labelWidth + 4,
              y: cy + 4,
              'font-size': 12,
              fill: '#52525b',
              'font-style': 'italic',
            },
            options.missing(row),
          ),
        );
      }
      const h = rowHeight * 0.5;
      return el(
        'g',
        { class: 'row' },
        label,
        el('line', {
          x1: x(p.p10),
          x2: x(p.p90),
          y1: cy,
          y2: cy,
          stroke: '#1e3a8a',
          'stroke-width': 1.5,
        }),
        el('line', {
          x1: x(p.p10),
          x2: x(p.p10),
          y1: cy - h / 3,
          y2: cy + h / 3,
          stroke: '#1e3a8a',
          'stroke-width': 1.5,
        }),
        el('line', {
          x1: x(p.p90),
          x2: x(p.p90),
          y1: cy - h / 3,
          y2: cy + h / 3,
          stroke: '#1e3a8a',
          'stroke-width': 1.5,
        }),
        el('rect', {
          x: x(p.p25),
          y: cy - h / 2,
          width: Math.max(1, x(p.p75) - x(p.p25)),
          height: h,
          fill: '#bfdbfe',
          stroke: '#1e3a8a',
          'data-median': p.p50,
        }),
        el('line', {
          x1: x(p.p50),
          x2: x(p.p50),
          y1: cy - h / 2,
          y2: cy + h / 2,
          stroke: '#1e3a8a',
          'stroke-width': 3,
        }),
        text(
          { x: x(p.p90) + 6, y: cy + 4, 'font-size': 12, fill: '#18181b' },
          options.format(p.p50),
        ),
      );
    })
    .join('');

  return svgRoot(width, height, options.title, grid + body);
}
