/** Read a text: its pay facts with offsets for highlighting, each with its yearly EUR value at
 * the text's own date, the euro equivalent the text states beside ours, warnings for figures
 * that look wrong, and the amounts read but not kept as pay. */
import type { ExtractRequest, ExtractResponse } from '../contract/index.ts';
import {
  checkPlausibility,
  extractPageFacts,
  extractSalaries,
  findMoneyAmounts,
  mayHoldJobPosting,
} from '../extract/index.ts';
import {
  convertAmount,
  normalizeObservationToYearlyEur,
  statedRateFrom,
} from '../normalize/index.ts';
import { lastRateDate, type AppContext } from './context.ts';
import { viewTrace } from './conversions.ts';
import { textDate } from './text-date.ts';

type Fact = ReturnType<typeof extractSalaries>[number];

/** Pay outside this yearly EUR range is not a salary as written (a typo, a price, a fortune). */
const PLAUSIBLE_YEARLY_EUR = [1_000, 5_000_000] as const;

function warningsOf(f: Fact, yearly: readonly (number | null)[]) {
  const out: { code: string; message: string }[] = checkPlausibility(f).map((i) => ({
    code: i.code,
    message: i.message,
  }));
  const [lo, hi] = PLAUSIBLE_YEARLY_EUR;
  const values = yearly.filter((v): v is number => v !== null);
  if (f.component !== 'bonus' && values.some((v) => v < lo || v > hi))
    out.push({
      code: 'implausible-amount',
      message: `${values.map((v) => Math.round(v)).join('–')} EUR a year is outside ${lo}–${hi} EUR: check the amount and its period`,
    });
  return out;
}

/** The text's own euro figure for this one, on a yearly scale, when it states one. */
function sourceConversion(ctx: AppContext, f: Fact, date: string) {
  const euro = f.restatements.find(
    (r) => r.currency === 'EUR' && (r.period ?? f.period) === f.period,
  );
  if (!euro || f.currency === 'EUR' || f.period === null) return null;
  const yearly = (v: number | null) => {
    if (v === null) return null;
    const r = convertAmount(
      {
        amount: v,
        currency: 'EUR',
        period: f.period as string,
        basis: 'unknown',
        date,
        country: f.country,
        toPeriod: 'year',
      },
      ctx.tables,
    );
    return r.ok ? r.value : null;
  };
  return {
    low: yearly(euro.low),
    high: yearly(euro.high),
    currency: 'EUR' as const,
    period: 'year' as const,
  };
}

export function readText(ctx: AppContext, req: ExtractRequest): ExtractResponse {
  const own = req.date ? null : textDate(req.text);
  const date = req.date ?? own ?? lastRateDate(ctx);
  const options = req.lang ? { lang: req.lang } : {};
  // A job page's JobPosting JSON-LD first; its visible text for what the fields miss.
  const facts = mayHoldJobPosting(req.text)
    ? extractPageFacts(req.text, options)
    : extractSalaries(req.text, options);
  const kept = facts.flatMap((f) => [...f.evidence, ...f.restatements.map((r) => r.evidence)]);
  const skipped = findMoneyAmounts(req.text, req.lang)
    .filter((a) => !kept.some((e) => e.start < a.evidence.end && a.evidence.start < e.end))
    .map((a) => ({
      low: a.low,
      high: a.high,
      currency: a.currency,
      evidence: { ...a.evidence, text: a.evidence.text ?? '' },
    }));
  return {
    date: { value: date, from: req.date ? 'request' : own ? 'text' : 'latest-rate' },
    skipped,
    facts: facts.map((f) => {
      const view = {
        ...f,
        evidence: [...f.evidence],
        restatements: f.restatements.map((r) => ({ ...r })),
        sourceConversion: sourceConversion(ctx, f, date),
      };
      if (f.period === null)
        return {
          ...view,
          normalized: null,
          normalizeNote: 'no period stated or inferable',
          warnings: warningsOf(f, []),
        };
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
      if (!r.ok)
        return { ...view, normalized: null, normalizeNote: r.message, warnings: warningsOf(f, []) };
      return {
        ...view,
        warnings: warningsOf(f, [r.yearEurLow, r.yearEurHigh]),
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
