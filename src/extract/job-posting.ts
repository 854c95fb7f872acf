/**
 * A schema.org JobPosting object → its fields, structured values first: `baseSalary`
 * (MonetaryAmount with a QuantitativeValue, or a bare number), `jobLocation` address,
 * `jobLocationType`, `employmentType`, dates, `hiringOrganization`, `identifier`. Pure; what the
 * fields miss is left null for the description reader (job-posting-facts.ts).
 */
import {
  foldText,
  type Contract,
  type CurrencyCode,
  type Period,
  type Remote,
} from '../domain/index.ts';

export interface StructuredPay {
  readonly low: number | null;
  readonly high: number | null;
  readonly currency: CurrencyCode | null;
  readonly period: Period | null;
}

export interface JobPostingFields {
  readonly identifier: string | null;
  readonly title: string | null;
  /** As given (often HTML). */
  readonly description: string;
  readonly datePosted: string | null;
  readonly validThrough: string | null;
  readonly employer: string | null;
  readonly sector: string | null;
  readonly occupationalCategory: string | null;
  readonly contract: Contract | null;
  readonly remote: Remote | null;
  readonly city: string | null;
  readonly region: string | null;
  readonly postalCode: string | null;
  /** As written: an ISO code or a country name. */
  readonly country: string | null;
  readonly pay: StructuredPay | null;
  readonly url: string | null;
}

type Node = Record<string, unknown>;

const asNode = (v: unknown): Node | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** A text value: a string, a number, or a node's name / value / @value. */
export function jsonLdText(v: unknown): string | null {
  const x = first(v);
  if (typeof x === 'string') return x.trim() === '' ? null : x.trim();
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  const n = asNode(x);
  if (!n) return null;
  return jsonLdText(n.name ?? n.value ?? n['@value'] ?? n['@id']);
}

/** A number as JSON-LD writes it: 45000, "45000", "45 000", "45000.00", "45,5". */
export function jsonLdNumber(v: unknown): number | null {
  const x = first(v);
  if (typeof x === 'number') return Number.isFinite(x) ? x : null;
  if (typeof x !== 'string') return null;
  const s = x
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/,(\d{1,2})$/, '.$1')
    .replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

const UNITS: Record<string, Period> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
  ANNUAL: 'year',
  YEARLY: 'year',
  MONTHLY: 'month',
  HOURLY: 'hour',
  DAILY: 'day',
  WEEKLY: 'week',
};

export function unitPeriod(v: unknown): Period | null {
  const t = jsonLdText(v);
  return t ? (UNITS[t.toUpperCase().replace(/[^A-Z]/g, '')] ?? null) : null;
}

function readPay(v: unknown): StructuredPay | null {
  const x = first(v);
  const direct = jsonLdNumber(x);
  if (direct !== null) return { low: direct, high: direct, currency: null, period: null };
  const money = asNode(x);
  if (!money) return null;
  const currency = jsonLdText(money.currency)?.toUpperCase() ?? null;
  const inner = first(money.value);
  const qv = asNode(inner);
  const value = qv ? qv : money;
  let low = jsonLdNumber(value.minValue);
  let high = jsonLdNumber(value.maxValue);
  const single = jsonLdNumber(qv ? qv.value : inner);
  if (low === null && high === null && single !== null) low = high = single;
  if (low === null && high === null) return null;
  const period = unitPeriod(value.unitText ?? money.unitText);
  return { low, high, currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null, period };
}

const CONTRACTS: [RegExp, Contract][] = [
  [/^(full_?time|part_?time|permanent|cdi)$/, 'permanent'],
  [/^(temporary|fixed_?term|cdd|seasonal|interim|mis|saisonnier)/, 'fixed-term'],
  [
    /^(contractor|freelance|contract|per_?diem|independent|independant|profession_liberale|lib)/,
    'freelance',
  ],
  [
    /^(apprenticeship|alternance|apprentice|apprentissage|contrat_d_apprentissage|professionnalisation)/,
    'apprenticeship',
  ],
  [/^(intern|internship|stage|trainee|stagiaire)/, 'internship'],
  [/^(volunteer|other)$/, 'other'],
];

/** schema.org employmentType (one or several): the most specific contract it names. */
export function employmentContract(v: unknown): Contract | null {
  const values = (Array.isArray(v) ? v : [v]).map((x) =>
    foldText(jsonLdText(x) ?? '').replace(/[^a-z0-9]+/g, '_'),
  );
  let found: Contract | null = null;
  for (const [re, contract] of CONTRACTS) {
    if (values.some((x) => re.test(x))) {
      // FULL_TIME alone says permanent; with INTERN or TEMPORARY the specific one wins.
      if (contract !== 'permanent') return contract;
      found = contract;
    }
  }
  return found;
}

function readAddress(location: unknown): Node | null {
  const place = asNode(first(location));
  if (!place) return null;
  return asNode(first(place.address)) ?? (place['@type'] === 'PostalAddress' ? place : null);
}

export function readJobPosting(node: Node): JobPostingFields {
  const address = readAddress(node.jobLocation);
  const org = asNode(first(node.hiringOrganization));
  const locType = (jsonLdText(node.jobLocationType) ?? '').toUpperCase();
  const remote: Remote | null = locType === 'TELECOMMUTE' ? 'remote' : null;
  const id = first(node.identifier);
  const idNode = asNode(id);
  return {
    identifier: idNode ? jsonLdText(idNode.value ?? idNode.name) : jsonLdText(id),
    title: jsonLdText(node.title) ?? jsonLdText(node.name),
    description: typeof node.description === 'string' ? node.description : '',
    datePosted: jsonLdText(node.datePosted),
    validThrough: jsonLdText(node.validThrough),
    employer: org ? jsonLdText(org.name) : jsonLdText(node.hiringOrganization),
    sector: jsonLdText(node.industry) ?? (org ? jsonLdText(org.industry) : null),
    occupationalCategory: jsonLdText(node.occupationalCategory),
    contract: employmentContract(node.employmentType),
    remote,
    city: address ? jsonLdText(address.addressLocality) : null,
    region: address ? jsonLdText(address.addressRegion) : null,
    postalCode: address ? jsonLdText(address.postalCode) : null,
    country: address ? jsonLdText(address.addressCountry) : null,
    pay: readPay(node.baseSalary) ?? readPay(node.estimatedSalary),
    url: jsonLdText(node.url),
  };
}
