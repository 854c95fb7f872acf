/** Piecewise-linear interpolation on an ascending grid (binary search, no allocation). */

/** y(x) on the polyline (xs, ys); NaN outside [xs[0], xs[last]]. `xs` must be ascending. */
export function interpolate(xs: ArrayLike<number>, ys: ArrayLike<number>, x: number): number {
  const n = xs.length;
  if (n === 0 || !(x >= (xs[0] as number)) || !(x <= (xs[n - 1] as number))) return Number.NaN;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= x) lo = mid;
    else hi = mid;
  }
  const x0 = xs[lo] as number;
  const x1 = xs[hi] as number;
  const y0 = ys[lo] as number;
  if (x1 === x0) return y0;
  return y0 + ((x - x0) / (x1 - x0)) * ((ys[hi] as number) - y0);
}
