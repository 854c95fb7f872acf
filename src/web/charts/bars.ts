/** Horizontal bars, one per row, with the value written at the end; rows without a value say
 * why (e.g. "not enough data"). */
import { el, linearScale, niceTicks, svgRoot, text, xGrid } from './svg.ts';

export interface BarRow {
  readonly label: string;
  readonly value: number | null;
  /** Shown instead of a bar when value is null. */
  readonly missing?: string;
}

export interface BarOptions {
  readonly title: string;
  readonly format: (value: number) => string;
  readonly width?: number;
  /** Room for the labels on the left (default 170). */
  readonly labelWidth?: number;
}

export function barsSvg(rows: readonly BarRow[], options: BarOptions): string {
  const width = options.width ?? 720;
  const rowHeight = 28;
  const labelWidth = options.labelWidth ?? 170;
  const top = 6;
  const plotBottom = top + rows.length * rowHeight;
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const ticks = niceTicks(0, Math.max(1, ...values), 4);
  const x = linearScale([0, Math.max(1, ...values, ticks.at(-1) ?? 1)], [labelWidth, width - 80]);
  const grid = xGrid(ticks, x, top, plotBottom, options.format);
  const body = rows
    .map((r, i) => {
      const y = top + i * rowHeight + 4;
      const label = text(
        { x: labelWidth - 10, y: y + 14, 'text-anchor': 'end', 'font-size': 13, fill: '#18181b' },
        r.label,
      );
      if (r.value === null) {
        return el(
          'g',
          { class: 'bar missing' },
          label,
          text(
            {
              x: labelWidth + 4,
              y: y + 14,
              'font-size': 12,
              fill: '#52525b',
              'font-style': 'italic',
            },
            r.missing ?? '—',
          ),
        );
      }
      return el(
        'g',
        { class: 'bar', 'data-value': r.value },
        label,
        el('rect', {
          x: labelWidth,
          y,
          width: Math.max(1, x(r.value) - labelWidth),
          height: rowHeight - 8,
          fill: '#2563eb',
        }),
        text(
          { x: x(r.value) + 6, y: y + 14, 'font-size': 12, fill: '#18181b' },
          options.format(r.value),
        ),
      );
    })
    .join('');
  return svgRoot(width, plotBottom + 26, options.title, grid + body);
}
