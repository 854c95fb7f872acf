/** Published contributions as the privacy rules see them: one value each, in the requested
 * currency and period, with the publication batch ("atom") it was released in. */

export interface ContributedValue {
  /** The publication batch: at least k contributions of one cohort, released together. */
  readonly atomId: string;
  /** How many published contributions the atom holds in all (whatever the filter). */
  readonly atomSize: number;
  readonly value: number;
  readonly observedOn: string;
  /** Grouping columns (role, level, country, …) → value, for grouped figures. */
  readonly group: Readonly<Record<string, string | null>>;
}

/** True when every atom the values belong to is there whole. Figures only ever hold whole
 * atoms (each of at least k contributions), so the contributions two figures differ by are
 * whole atoms too: no subtraction of two figures isolates fewer than k of them. */
export function holdsWholeAtoms(values: readonly ContributedValue[]): boolean {
  const seen = new Map<string, { size: number; count: number }>();
  for (const v of values) {
    const a = seen.get(v.atomId) ?? { size: v.atomSize, count: 0 };
    a.count += 1;
    seen.set(v.atomId, a);
  }
  return [...seen.values()].every((a) => a.count === a.size);
}
