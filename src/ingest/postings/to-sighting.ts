/**
 * A posting record → a normalized sighting (role by the title classifier, level, country and
 * city, contract, AI mention, SimHash of the text) and its pay fact: structured fields first,
 * the extractor on the description for what they miss, a conflict flagged.
 */
import { createHash } from 'node:crypto';
import type { RoleClassification } from '../../domain/index.ts';
import { extractSalaries, type ExtractedFact } from '../../extract/index.ts';
import {
  countryCode,
  countryCurrency,
  placeOf,
  reconcilePay,
  structuredFact,
  type PostingPay,
} from '../../extract/index.ts';
import type { SightingKey, StoredSighting } from '../../store/index.ts';
import { yearlyEurValue, type ReferenceTables } from '../yearly-eur.ts';
import type { PostingRecord } from './posting-record.ts';
import { correctImplausible, readPayField } from './pay-field.ts';
import { simHash } from './simhash.ts';

export interface SightingContext {
  readonly sourceId: string;
  readonly classify: (title: string) => RoleClassification;
  readonly tables: ReferenceTables;
  readonly ingestedAt: string;
}

export interface NormalizedPosting {
  readonly sighting: StoredSighting;
  readonly key: SightingKey;
  readonly fact: ExtractedFact | null;
  readonly location: string;
}

const AI_WORDS =
  /\b(ia|ai|intelligence artificielle|artificial intelligence|machine learning|apprentissage automatique|deep learning|llms?|genai|generative|g[ée]n[ée]rative|nlp|computer vision|vision par ordinateur|mlops|reinforcement learning|r[ée]seaux de neurones|neural networks?)\b/i;
const TAGS = /<[^>]*>/g;
/** A description without a currency, a "k" amount or a pay word states no pay: the extractor
 * (the costliest step) is not run on it. */
const MAY_STATE_PAY =
  /€|\$|£|\beur|\bchf\b|\bgbp\b|\busd\b|\d\s?k\b|salaire|r[ée]mun[ée]ration|salary|\bpay\b|brut|gross|tjm|\bpackage/i;
const DEPARTMENT = /^\s*(\d{2}|2[AB]|97\d)\s*-\s*/;

/** Yearly EUR below which a figure read from a description alone is not taken as pay. */
const MIN_DESCRIBED_YEAR_EUR = 10_000;

function yearlyEur(
  fact: ExtractedFact,
  country: string | null,
  observedOn: string,
  tables: ReferenceTables,
): number | null {
  const { low, high, currency } = fact;
  const basis = fact.basis ?? 'unknown';
  return yearlyEurValue(
    { low, high, currency, period: fact.period as string, basis, country, observedOn },
    tables,
  );
}

export function sightingId(sourceId: string, identifier: string): string {
  return createHash('sha256')
    .update(`${sourceId}\u0000${identifier}`)
    .digest('base64url')
    .slice(0, 22);
}

/** YYYY-MM-DD of an ISO date or timestamp, or null. */
function day(v: string | null): string | null {
  if (!v) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
  return m && !Number.isNaN(Date.parse(m[1] as string)) ? (m[1] as string) : null;
}

function place(
  city: string | null,
  country: string | null,
): { city: string | null; country: string | null } {
  const written = city?.replace(DEPARTMENT, '').trim() || null;
  const known = written ? placeOf(written) : null;
  const c = countryCode(country) ?? known?.country ?? (city && DEPARTMENT.test(city) ? 'FR' : null);
  const shown =
    known?.city ??
    (written ? written.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase()) : null);
  return { city: shown, country: c };
}

function readPay(
  record: PostingRecord,
  country: string | null,
  description: string,
): PostingPay & { correction: string | null } {
  if (record.pay) return { ...record.pay, correction: null };
  const { fields } = record;
  const evidence = record.payEvidence ?? { start: 0, end: 0, text: '' };
  let structured = fields.pay ? structuredFact(fields.pay, country, evidence) : null;
  let correction: string | null = null;
  if (structured) {
    const checked = correctImplausible(structured, 'baseSalary');
    structured = checked.fact;
    correction = checked.correction;
  }
  // What the posting's place pays in, for figures written without a currency ("Salary: 80k").
  const currency = countryCurrency(country);
  const options = currency ? { currency } : {};
  if (!structured && record.salaryText) {
    const field = readPayField(record.salaryText, currency);
    structured =
      field.fact && record.salaryBasis ? { ...field.fact, basis: record.salaryBasis } : field.fact;
    correction = field.correction;
  }
  const described = MAY_STATE_PAY.test(description) ? extractSalaries(description, options) : [];
  const pay = reconcilePay(structured, described);
  if (pay.from !== 'description' || !pay.fact) return { ...pay, correction };
  const checked = correctImplausible(pay.fact, 'the description');
  return { ...pay, fact: checked.fact, correction: checked.correction };
}

export function normalizePosting(
  record: PostingRecord,
  ctx: SightingContext,
): NormalizedPosting | { error: string } {
  const { fields } = record;
  if (!fields.title) return { error: `${record.location}: no title (JobPosting "title"); skipped` };
  const postedOn = day(fields.datePosted);
  if (!postedOn)
    return {
      error: `${record.location}: datePosted "${fields.datePosted ?? ''}" is missing or not a date (expected YYYY-MM-DD); skipped`,
    };
  const plain = fields.description.replace(TAGS, ' ');
  const identifier =
    fields.identifier ??
    fields.url ??
    `content-${createHash('sha256')
      .update(`${fields.title}\u0000${fields.employer ?? ''}\u0000${postedOn}\u0000${plain}`)
      .digest('hex')
      .slice(0, 16)}`;
  const where = place(fields.city, fields.country);
  const role = ctx.classify(fields.title);
  const pay = readPay(record, where.country, fields.description);
  const read = pay.fact && pay.fact.period ? pay.fact : null;
  const yearEur = read ? yearlyEur(read, where.country, postedOn, ctx.tables) : null;
  // A figure read from the description alone must look like pay (not "4,5" an hour).
  const fact =
    read && (pay.from !== 'description' || (yearEur ?? 0) >= MIN_DESCRIBED_YEAR_EUR) ? read : null;
  const id = sightingId(ctx.sourceId, identifier);
  const textHash = simHash(plain);
  const remote =
    fields.remote ??
    (/\b(full remote|100 ?% (t[ée]l[ée]travail|remote)|t[ée]l[ée]travail (complet|total|int[ée]gral))\b/i.test(
      plain,
    )
      ? 'remote'
      : /\b(hybride|hybrid|t[ée]l[ée]travail partiel|\d jours? de t[ée]l[ée]travail)\b/i.test(plain)
        ? 'hybrid'
        : null);
  const sighting: StoredSighting = {
    id,
    postingId: id,
    sourceId: ctx.sourceId,
    identifier,
    title: fields.title,
    roleId: role.confidence > 0 && role.role !== 'other' ? role.role : null,
    level: role.level,
    country: where.country,
    city: where.city,
    remote,
    contract: fields.contract,
    employer: fields.employer,
    sector: fields.sector,
    companySize: null,
    postedOn,
    validThrough: day(fields.validThrough),
    pay: fact
      ? {
          low: fact.low,
          high: fact.high,
          currency: fact.currency,
          period: fact.period as NonNullable<typeof fact.period>,
          basis: fact.basis,
          yearEur,
          conflict: pay.conflict,
        }
      : null,
    mentionsAi: AI_WORDS.test(fields.title) || AI_WORDS.test(plain),
    textHash,
    ingestedAt: ctx.ingestedAt,
  };
  return {
    sighting,
    key: {
      id,
      postingId: id,
      sourceId: ctx.sourceId,
      title: fields.title,
      employer: fields.employer,
      country: where.country,
      city: where.city,
      postedOn,
      payLow: sighting.pay?.low ?? null,
      payHigh: sighting.pay?.high ?? null,
      payCurrency: sighting.pay?.currency ?? null,
      textHash,
    },
    fact,
    location: pay.correction ? `${record.location} (${pay.correction})` : record.location,
  };
}
