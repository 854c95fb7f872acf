/**
 * The same fact stated twice in one document is one fact with several evidence spans: facts
 * agree when figures, currency, component, employment, role, level and place are equal and
 * period and basis do not contradict (one may be unstated). The merged fact keeps the first
 * statement's span first and fills unstated period/basis from the others.
 */
import type { RawFact } from './fact.ts';

function key(f: RawFact): string {
  return [
    f.low,
    f.high,
    f.currency,
    f.component,
    f.employment,
    f.role,
    f.level,
    f.country,
    f.city,
  ].join('|');
}

export function mergeRepeats(facts: readonly RawFact[]): RawFact[] {
  const out: RawFact[] = [];
  const byKey = new Map<string, RawFact[]>();
  for (const f of facts) {
    const k = key(f);
    const same = (byKey.get(k) ?? []).find(
      (g) =>
        (g.period === null || f.period === null || g.period === f.period) &&
        (g.basis === null || f.basis === null || g.basis === f.basis),
    );
    if (!same) {
      const copy: RawFact = { ...f, spans: [...f.spans], restatements: [...f.restatements] };
      out.push(copy);
      byKey.set(k, [...(byKey.get(k) ?? []), copy]);
      continue;
    }
    same.spans.push(...f.spans);
    for (const r of f.restatements) {
      const dup = same.restatements.some(
        (x) =>
          x.low === r.low &&
          x.high === r.high &&
          x.currency === r.currency &&
          x.period === r.period,
      );
      if (!dup) same.restatements.push(r);
    }
    if (same.period === null && f.period !== null)
      [same.period, same.periodSource] = [f.period, f.periodSource];
    same.basis ??= f.basis;
    if (same.statistic === 'single' && f.statistic !== 'single') same.statistic = f.statistic;
  }
  return out;
}
