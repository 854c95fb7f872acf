/** Weighted quantile (lower, step function): the smallest value whose cumulative weight reaches q. */
export function weightedQuantile(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  q: number,
): number {
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => values[a]! - values[b]!,
  );
  let total = 0;
  for (let i = 0; i < weights.length; i += 1) total += weights[i]!;
  let acc = 0;
  for (const i of order) {
    acc += weights[i]!;
    if (acc >= q * total) return values[i]!;
  }
  return values[order[order.length - 1]!] ?? Number.NaN;
}
