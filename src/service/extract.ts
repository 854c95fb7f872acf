/** Read a text: its pay facts with offsets for highlighting, each with its yearly EUR value. */
import type { ExtractRequest, ExtractResponse } from '../contract/index.ts';
import { extractSalaries } from '../extract/index.ts';
import { normalizeObservationToYearlyEur, statedRateFrom } from '../normalize/index.ts';
import { lastRateDate, type AppContext } from './context.ts';
import { viewTrace } from './conversions.ts';

export function readText(ctx: AppContext, req: ExtractRequest): ExtractResponse {
  const date = req.date ?? lastRateDate(ctx);
  const facts = extractSalaries(req.text, req.lang ? { lang: req.lang } : {});
  return {
    facts: facts.map((f) => {
      const view = {
        ...f,
        evidence: [...f.evidence],
        restatements: f.restatements.map((r) => ({ ...r })),
      };
      if (f.period === null)
        return { ...view, normalized: null, normalizeNote: 'no period stated or inferable' };
      const euro = f.restatements.find((r) => r.currency === 'EUR' && r.period === f.period);
      const amount = f.low ?? f.high;
      const eurAmount = euro ? (euro.low ?? euro.high) : null;
      const stated =
        f.currency !== 'EUR' && amount && eurAmount
          ? { statedRate: statedRateFrom(amount, eurAmount, 'stated by the text') }
          : {};
      const r = normalizeObservationToYearlyEur(
        {
          low: f.low,
          high: f.high,
          currency: f.currency,
          period: f.period,
          basis: f.basis ?? 'unknown',
          country: f.country,
          observedOn: date,
          ...stated,
        },
        ctx.tables,
      );
      if (!r.ok) return { ...view, normalized: null, normalizeNote: r.message };
      return {
        ...view,
        normalized: {
          low: r.yearEurLow,
          high: r.yearEurHigh,
          currency: 'EUR' as const,
          period: 'year' as const,
          basis: r.basis,
          trace: viewTrace(r.trace),
        },
      };
    }),
  };
}
