/**
 * The pay of a job posting, structured fields first: `baseSalary` read as a fact whose evidence
 * points into the JSON-LD; the description (or the page's visible text) read by the extractor
 * for what the fields miss. A description stating the same range is the same fact (its span is
 * added as evidence); one stating another range for the same period is a conflict, flagged and
 * never averaged. Pure.
 */
import type { ExtractedFact, EvidenceSpan, ExtractOptions } from './fact.ts';
import { findJsonLdBlocks, findTypedNodes, propertySpan } from './json-ld.ts';
import { readJobPosting, type JobPostingFields, type StructuredPay } from './job-posting.ts';
import { PLACE_LEXICON, type Place } from './places.ts';
import { tokenize } from './tokens.ts';
import { extractSalaries } from './index.ts';

/** Currency of the pay where `baseSalary` names none: the posting country's. */
const COUNTRY_CURRENCY: Record<string, string> = {
  FR: 'EUR', BE: 'EUR', LU: 'EUR', DE: 'EUR', NL: 'EUR', ES: 'EUR', IT: 'EUR', IE: 'EUR',
  PT: 'EUR', AT: 'EUR', FI: 'EUR', US: 'USD', GB: 'GBP', CH: 'CHF', CA: 'CAD', MA: 'MAD',
}; // prettier-ignore

/** The currency a posting of this country pays in when it names none (null: not known). */
export function countryCurrency(country: string | null): string | null {
  return country ? (COUNTRY_CURRENCY[country] ?? null) : null;
}

/** ISO alpha-2 of a schema.org addressCountry ("FR", "FRA", "France", "Royaume-Uni"). */
export function countryCode(written: string | null): string | null {
  if (!written) return null;
  const t = written.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  const alpha3: Record<string, string> = { FRA: 'FR', USA: 'US', GBR: 'GB', BEL: 'BE', CHE: 'CH', CAN: 'CA', DEU: 'DE', LUX: 'LU', MAR: 'MA', NLD: 'NL', ESP: 'ES' }; // prettier-ignore
  if (/^[A-Za-z]{3}$/.test(t) && alpha3[t.toUpperCase()]) return alpha3[t.toUpperCase()] ?? null;
  return placeOf(t)?.country ?? null;
}

/** A place name known to the extractor ("Paris", "Genève", "london"), at the start of the
 * name ("Paris 8e Arrondissement" is Paris; "Cormeilles-en-Parisis" is not). */
export function placeOf(name: string): Place | null {
  const t = tokenize(name);
  return t.count > 0 ? (PLACE_LEXICON.matchAt(t, 0)?.value ?? null) : null;
}

const close = (a: number | null, b: number | null): boolean =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 0.01 * Math.max(a, b));

export function sameFigures(
  a: Pick<ExtractedFact, 'low' | 'high' | 'currency'>,
  b: StructuredPay | ExtractedFact,
): boolean {
  return (
    (b.currency === null || a.currency === b.currency) &&
    close(a.low, b.low) &&
    close(a.high, b.high)
  );
}

/** The structured pay as a fact (null without a currency to read it in). */
export function structuredFact(
  pay: StructuredPay,
  country: string | null,
  evidence: EvidenceSpan,
  city: string | null = null,
): ExtractedFact | null {
  const currency = pay.currency ?? (country ? COUNTRY_CURRENCY[country] : undefined);
  if (!currency) return null;
  return {
    low: pay.low,
    high: pay.high,
    currency,
    period: pay.period,
    periodSource: pay.period ? 'stated' : null,
    basis: null,
    component: 'base',
    employment: 'employee',
    role: null,
    level: null,
    country,
    city,
    statistic: pay.low === pay.high ? 'single' : 'range',
    approximate: false,
    evidence: [evidence],
    restatements: [],
  };
}

export interface PostingPay {
  readonly fact: ExtractedFact | null;
  readonly from: 'structured' | 'description' | null;
  readonly conflict: string | null;
}

const show = (f: Pick<ExtractedFact, 'low' | 'high' | 'currency' | 'period'>): string =>
  `${f.low === f.high ? f.low : `${f.low ?? '…'}–${f.high ?? '…'}`} ${f.currency}/${f.period ?? '?'}`;

/** Structured pay and the description's facts → the posting's pay, with a conflict flagged. */
export function reconcilePay(
  structured: ExtractedFact | null,
  described: readonly ExtractedFact[],
): PostingPay {
  const pay = described.filter((f) => f.component !== 'bonus' && f.period !== null);
  if (!structured) {
    const fact = pay[0] ?? null;
    return { fact, from: fact ? 'description' : null, conflict: null };
  }
  const same = pay.find(
    (f) =>
      sameFigures(f, structured) && (structured.period === null || f.period === structured.period),
  );
  if (same) {
    return {
      fact: {
        ...structured,
        period: structured.period ?? same.period,
        periodSource: structured.periodSource ?? same.periodSource,
        basis: same.basis,
        evidence: [...structured.evidence, ...same.evidence],
      },
      from: 'structured',
      conflict: null,
    };
  }
  const other = pay.find(
    (f) => f.currency === structured.currency && f.period === structured.period,
  );
  return {
    fact: structured,
    from: 'structured',
    conflict: other
      ? `baseSalary states ${show(structured)}, the description ${show(other)}`
      : null,
  };
}

export interface PagePosting {
  readonly fields: JobPostingFields;
  /** The posting's pay, read from its baseSalary (evidence in the JSON-LD) and its description. */
  readonly pay: PostingPay;
  /** Offsets of the JSON-LD block holding it. */
  readonly block: { readonly start: number; readonly end: number };
}

/** Every JobPosting of an HTML page (a single object, an array or an @graph). */
export function readPagePostings(html: string): { postings: PagePosting[]; errors: string[] } {
  const postings: PagePosting[] = [];
  const errors: string[] = [];
  for (const block of findJsonLdBlocks(html)) {
    if (block.error) {
      errors.push(`invalid JSON-LD at chars ${block.start}-${block.end}: ${block.error}`);
      continue;
    }
    findTypedNodes(block.value, 'JobPosting').forEach((node, nth) => {
      const fields = readJobPosting(node);
      const span =
        propertySpan(block.json, 'baseSalary', nth) ??
        propertySpan(block.json, 'estimatedSalary', nth);
      const start = block.start + (span?.start ?? 0);
      const end = block.start + (span?.end ?? block.json.length);
      // The locality as the page writes it ("Zürich", "London"); its country when none is given.
      const city = fields.city?.trim() || null;
      const country = countryCode(fields.country) ?? (city ? placeOf(city)?.country : null) ?? null;
      const evidence = { start, end, text: html.slice(start, end) };
      const structured = fields.pay ? structuredFact(fields.pay, country, evidence, city) : null;
      const described = fields.description ? extractSalaries(fields.description) : [];
      postings.push({ fields, pay: reconcilePay(structured, described), block });
    });
  }
  return { postings, errors };
}

/**
 * The pay facts of an HTML page carrying JobPosting JSON-LD: each baseSalary as a fact with
 * its evidence in the JSON-LD, then the visible text's facts; a visible range equal to a
 * baseSalary is the same fact (its span added as evidence), not a second one.
 */
export function extractPageFacts(html: string, options: ExtractOptions = {}): ExtractedFact[] {
  const structured = readPagePostings(html)
    .postings.map((p) => (p.pay.from === 'structured' ? p.pay.fact : null))
    .filter((f): f is ExtractedFact => f !== null)
    .map((f) => ({ ...f, evidence: [f.evidence[0] as EvidenceSpan] }));
  const out: ExtractedFact[] = [...structured];
  for (const fact of extractSalaries(html, options)) {
    const i = out.findIndex(
      (s, k) =>
        k < structured.length &&
        sameFigures(fact, s) &&
        (s.period === null || s.period === fact.period),
    );
    const same = i >= 0 ? out[i] : undefined;
    if (same)
      out[i] = {
        ...same,
        basis: same.basis ?? fact.basis,
        evidence: [...same.evidence, ...fact.evidence],
      };
    else out.push(fact);
  }
  return out;
}

/** A cheap first look: could this text be an HTML page with JobPosting JSON-LD? */
export function mayHoldJobPosting(text: string): boolean {
  return /application\/ld\+json/i.test(text) && /JobPosting/.test(text);
}
