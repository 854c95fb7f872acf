/** Small helpers for charts written as pure functions returning SVG text. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

type Attrs = Record<string, string | number | undefined>;

/** One element; attribute values are escaped, children are SVG text already. */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? round(v) : (v as string))}"`)
    .join('');
  return children.length ? `<${tag}${a}>${children.join('')}</${tag}>` : `<${tag}${a}/>`;
}

export function text(attrs: Attrs, content: string): string {
  return el('text', attrs, esc(content));
}

function round(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** Round tick values (1, 2 or 5 × 10^k steps) covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let i = Math.ceil(min / step); i * step <= max + step * 1e-9; i++)
    ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

export function linearScale(
  domain: [number, number],
  range: [number, number],
): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Vertical grid lines at the ticks, each labelled under the plot. */
export function xGrid(
  ticks: readonly number[],
  x: (v: number) => number,
  top: number,
  plotBottom: number,
  format: (v: number) => string,
): string {
  return ticks
    .map((t) =>
      el(
        'g',
        { class: 'tick' },
        el('line', { x1: x(t), x2: x(t), y1: top, y2: plotBottom, stroke: '#d4d4d8' }),
        text(
          {
            x: x(t),
            y: plotBottom + 17,
            'text-anchor': 'middle',
            'font-size': 12,
            fill: '#3f3f46',
          },
          format(t),
        ),
      ),
    )
    .join('');
}

/** Accessible root: a title read by screen readers, the data also shown as a table beside. */
export function svgRoot(width: number, height: number, title: string, body: string): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': title,
      class: 'chart',
    },
    el('title', {}, esc(title)),
    body,
  );
}
