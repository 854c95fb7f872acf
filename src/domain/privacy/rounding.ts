/** Rounding of figures that hold contributions: to 2 significant digits for thin cohorts
 * (fewer than 4k contributions), 3 otherwise (58 000 rather than 57 978). */

export function significantDigitsFor(contributions: number, k: number): number {
  return contributions < 4 * k ? 2 : 3;
}

export function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / step) * step;
}
