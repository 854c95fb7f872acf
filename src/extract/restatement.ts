/**
 * Restatements: a figure that says again the fact just before it, as a conversion to another
 * currency ("soit 56 520 € à l'année") or as the same pay over another period (×12, ×13).
 */
import type { Period } from '../domain/index.ts';
import type { FigureCues } from './cues-at.ts';
import type { RawFact, RawRestatement } from './fact.ts';
import type { MoneyMention } from './mentions.ts';

function ratioClose(a: number, b: number, r: number): boolean {
  return Math.abs(a - b * r) <= 0.015 * a;
}

/** Is mention m a restatement of fact f (a conversion, or the same pay over another period)? */
export function restatementOf(
  f: RawFact,
  m: MoneyMention,
  cues: FigureCues,
  sameSentence: boolean,
  chained: boolean,
): Omit<RawRestatement, 'span'> | null {
  if (!m.currency || f.mention.isRange !== m.isRange) return null;
  const fv = f.mention.high;
  const mv = m.high;
  const own = cues.periodAfter ?? cues.periodBefore ?? (cues.overMonths ? 'year' : null);
  const last = f.restatements[f.restatements.length - 1];
  const basis = cues.basis ?? f.basis;
  const shaped = (period: Period | null) => ({
    low: m.low,
    high: m.high,
    currency: m.currency as string,
    period,
    basis,
  });
  const marker = cues.restateMarker;
  if (marker !== null && sameSentence) {
    if (m.currency !== f.currency) {
      const period = own ?? (chained && last ? last.period : f.period);
      return shaped(period);
    }
    if (ratioClose(mv, fv, 1) && own !== null && own !== f.period) return shaped(own);
    if ((ratioClose(mv, fv, 12) || ratioClose(mv, fv, 13)) && f.period !== 'year')
      return shaped(own ?? 'year');
    if ((ratioClose(mv * 12, fv, 1) || ratioClose(mv * 13, fv, 1)) && f.period !== 'month')
      return shaped(own ?? 'month');
    return null;
  }
  if (m.currency !== f.currency || m.isRange) return null;
  if ((ratioClose(mv, fv, 12) || ratioClose(mv, fv, 13)) && f.period === 'month' && own !== 'month')
    return shaped(own ?? 'year');
  if (
    (ratioClose(mv * 12, fv, 1) || ratioClose(mv * 13, fv, 1)) &&
    f.period === 'year' &&
    own !== 'year'
  )
    return shaped(own ?? 'month');
  return null;
}
