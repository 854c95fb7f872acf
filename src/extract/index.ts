/**
 * Salary extraction from French, English, German and Dutch text (plain, Markdown or HTML; the
 * language read per sentence): every pay fact,
 * with the spans of the input where it is stated. Pure: no I/O, no clock, no environment.
 */
import type { ExtractedFact, ExtractOptions, EvidenceSpan, Lang, Restatement } from './fact.ts';
import { toInputSpan, toPlainText, type PlainText } from './html.ts';
import { extractFromLongText } from './long-text.ts';
import { mergeRepeats } from './merge.ts';
import { extractFromPlain } from './salaries.ts';
import type { Span } from './structure.ts';

export type {
  ExtractedFact,
  ExtractOptions,
  EvidenceSpan,
  Restatement,
  Lang,
  StatedBasis,
} from './fact.ts';
export { checkPlausibility, type PlausibilityIssue } from './plausibility.ts';

function evidence(input: string, plain: PlainText, span: Span): EvidenceSpan {
  const { start, end } = toInputSpan(plain, span.start, span.end);
  return { start, end, text: input.slice(start, end) };
}

export function extractSalaries(text: string, options: ExtractOptions = {}): ExtractedFact[] {
  if (text.length === 0) return [];
  const plain = toPlainText(text);
  const facts = extractFromLongText(
    plain.text,
    options.lang,
    options.payField ?? false,
    options.everyAmount ?? false,
    options.currency ?? null,
  );
  return (options.everyAmount ? facts : mergeRepeats(facts)).map((f) => ({
    low: f.low,
    high: f.high,
    currency: f.currency,
    period: f.period,
    periodSource: f.periodSource,
    basis: f.basis,
    component: f.component,
    employment: f.employment,
    role: f.role,
    level: f.level,
    country: f.country,
    city: f.city,
    statistic: f.statistic,
    approximate: f.approximate,
    evidence: f.spans.map((s) => evidence(text, plain, s)),
    restatements: f.restatements.map((r): Restatement => ({
      low: r.low,
      high: r.high,
      currency: r.currency,
      period: r.period,
      basis: r.basis,
      evidence: evidence(text, plain, r.span),
    })),
  }));
}

/** A money amount or range as written, pay or not (what the money corpora score). */
export interface MoneyAmount {
  readonly low: number;
  readonly high: number;
  readonly currency: string;
  readonly isRange: boolean;
  readonly evidence: EvidenceSpan;
}

export function findMoneyAmounts(text: string, lang?: Lang): MoneyAmount[] {
  const plain = toPlainText(text);
  const { mentions, tokens: t } = extractFromPlain(plain.text, lang, false);
  const out: MoneyAmount[] = [];
  for (const m of mentions) {
    if (!m.currency) continue;
    const span = { start: t.start[m.first] as number, end: t.end[m.last - 1] as number };
    out.push({
      low: m.low,
      high: m.high,
      currency: m.currency,
      isRange: m.isRange,
      evidence: evidence(text, plain, span),
    });
  }
  return out;
}

/** Every number as read (amounts, ranges, multipliers), with its currency when one is written. */
export function findNumbers(
  text: string,
): { low: number; high: number; currency: string | null; isRange: boolean }[] {
  const plain = toPlainText(text);
  const { mentions } = extractFromPlain(plain.text, undefined, false, true);
  return mentions.map((m) => ({
    low: m.low,
    high: m.high,
    currency: m.currency,
    isRange: m.isRange,
  }));
}

export { findJsonLdBlocks, findTypedNodes, propertySpan, type JsonLdBlock } from './json-ld.ts';
export {
  employmentContract,
  jsonLdNumber,
  jsonLdText,
  readJobPosting,
  unitPeriod,
  type JobPostingFields,
  type StructuredPay,
} from './job-posting.ts';
export {
  countryCode,
  countryCurrency,
  extractPageFacts,
  mayHoldJobPosting,
  placeOf,
  readPagePostings,
  reconcilePay,
  structuredFact,
  type PagePosting,
  type PostingPay,
} from './job-posting-facts.ts';
export { findPlace } from './find-place.ts';
export { extractMarketFacts, type MarketFactMention } from './market-facts.ts';
