/** A small graph of career paths: the roles one comes from (left), the role (centre), the roles
 * it leads to (right), joined by arrows. */
import { el, svgRoot, text } from './svg.ts';

export interface CareerPaths {
  readonly role: string;
  readonly comesFrom: readonly string[];
  readonly leadsTo: readonly string[];
}

export interface CareerPathOptions {
  readonly title: string;
  readonly width?: number;
}

const BOX_W = 200;
const BOX_H = 34;
const GAP = 12;

function box(x: number, y: number, label: string, strong: boolean): string {
  return el(
    'g',
    { class: strong ? 'node centre' : 'node' },
    el('rect', {
      x,
      y,
      width: BOX_W,
      height: BOX_H,
      rx: 6,
      fill: strong ? '#1d4ed8' : '#eff6ff',
      stroke: '#1d4ed8',
    }),
    text(
      {
        x: x + BOX_W / 2,
        y: y + BOX_H / 2 + 4,
        'text-anchor': 'middle',
        'font-size': 13,
        fill: strong ? '#ffffff' : '#18181b',
      },
      label.length > 28 ? `${label.slice(0, 27)}…` : label,
    ),
  );
}

export function careerPathsSvg(paths: CareerPaths, options: CareerPathOptions): string {
  const width = options.width ?? 720;
  const rows = Math.max(1, paths.comesFrom.length, paths.leadsTo.length);
  const height = rows * (BOX_H + GAP) + GAP;
  const cy = height / 2;
  const xs = [GAP, width / 2 - BOX_W / 2, width - BOX_W - GAP] as const;
  const column = (labels: readonly string[]) => {
    const top = cy - (labels.length * (BOX_H + GAP) - GAP) / 2;
    return labels.map((label, i) => ({ label, y: top + i * (BOX_H + GAP) }));
  };
  const arrow = (x1: number, y1: number, x2: number, y2: number) =>
    el('path', {
      d: `M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`,
      fill: 'none',
      stroke: '#52525b',
      'stroke-width': 1.5,
      'marker-end': 'url(#arrow)',
    });
  const from = column(paths.comesFrom);
  const to = column(paths.leadsTo);
  const defs = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#52525b"/></marker></defs>`;
  const body = [
    ...from.map((n) => arrow(xs[0] + BOX_W, n.y + BOX_H / 2, xs[1] - 2, cy)),
    ...to.map((n) => arrow(xs[1] + BOX_W, cy, xs[2] - 2, n.y + BOX_H / 2)),
    ...from.map((n) => box(xs[0], n.y, n.label, false)),
    box(xs[1], cy - BOX_H / 2, paths.role, true),
    ...to.map((n) => box(xs[2], n.y, n.label, false)),
  ].join('');
  return svgRoot(width, height, options.title, defs + body);
}
