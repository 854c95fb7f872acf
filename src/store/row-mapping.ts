/** Database rows ↔ domain values, shared by both adapters. */
import type { EvidenceSpan, SalaryObservation, Source } from '../domain/index.ts';
import type { RawQuantiles, SourceSummary, StoredObservation, TrainingRow } from './port.ts';

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
/** '2026-11-21 10:00:00[.123]' (a UTC timestamp as text) → '2026-11-21T10:00:00.000Z'. */
const toIsoUtc = (v: string): string =>
  new Date(`${v.replace(' ', 'T').replace(/Z$/, '')}Z`).toISOString();
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function rowToObservation(r: Row): StoredObservation {
  return {
    id: String(r.id),
    low: num(r.low),
    high: num(r.high),
    currency: String(r.currency),
    period: r.period as SalaryObservation['period'],
    basis: r.basis as SalaryObservation['basis'],
    component: r.component as SalaryObservation['component'],
    employment: r.employment as SalaryObservation['employment'],
    roleId: str(r.role_id),
    rawTitle: str(r.raw_title),
    level: str(r.level) as SalaryObservation['level'],
    yearsOfExperience: num(r.years_experience),
    country: str(r.country),
    city: str(r.city),
    remote: str(r.remote) as SalaryObservation['remote'],
    companySize: str(r.company_size) as SalaryObservation['companySize'],
    sector: str(r.sector),
    observedOn: String(r.observed_on).slice(0, 10),
    statistic: r.statistic as SalaryObservation['statistic'],
    provenance: {
      sourceId: String(r.source_id),
      kind: r.kind as SalaryObservation['provenance']['kind'],
      location: String(r.location),
      evidence: JSON.parse(String(r.evidence)) as EvidenceSpan[],
      ingestedAt: toIsoUtc(String(r.ingested_at)),
    },
    valueYearEur: num(r.value_year_eur),
  };
}

/** Column values of an observation, in the order of the observations table. */
export function observationToValues(o: StoredObservation): (string | number | null)[] {
  return [
    o.id,
    o.provenance.sourceId,
    o.provenance.kind,
    o.provenance.location,
    o.low,
    o.high,
    o.currency,
    o.period,
    o.basis,
    o.component,
    o.employment,
    o.roleId,
    o.rawTitle,
    o.level,
    o.yearsOfExperience,
    o.country,
    o.city,
    o.remote,
    o.companySize,
    o.sector,
    o.observedOn,
    Number(o.observedOn.slice(0, 4)),
    o.statistic,
    JSON.stringify(o.provenance.evidence),
    o.provenance.ingestedAt,
    o.valueYearEur,
  ];
}

export const OBSERVATION_COLUMN_COUNT = 26;

export function rowToSourceSummary(r: Row): SourceSummary {
  const source: Source = {
    id: String(r.id),
    title: String(r.title),
    titleFr: str(r.title_fr),
    publisher: String(r.publisher),
    licence: String(r.licence),
    date: String(r.published_on).slice(0, 10),
    url: str(r.url),
    kind: r.kind as Source['kind'],
    evidenceShareable: Boolean(r.evidence_shareable),
  };
  return {
    ...source,
    titleFr: str(r.title_fr),
    observations: Number(r.observations),
    firstObservedOn: str(r.first_on),
    lastObservedOn: str(r.last_on),
  };
}

/** A summary row (n, sources, q, lo, hi, first_on, last_on) of either quantile query. */
export function rowToRawQuantiles(r: Row): RawQuantiles {
  const count = Number(r.n ?? 0);
  const q = r.q;
  return {
    count,
    sources: Number(r.sources ?? 0),
    quantiles: count > 0 && Array.isArray(q) ? q.map(Number) : null,
    min: r.lo == null ? null : Number(r.lo),
    max: r.hi == null ? null : Number(r.hi),
    from: str(r.first_on),
    to: str(r.last_on),
  };
}

export function rowToTrainingRow(r: Row): TrainingRow {
  return {
    roleId: str(r.role_id),
    rawTitle: str(r.raw_title),
    level: str(r.level),
    country: str(r.country),
    remote: str(r.remote),
    companySize: str(r.company_size),
    employment: String(r.employment),
    year: Number(r.year),
    currency: String(r.currency),
    low: num(r.low),
    high: num(r.high),
    valueYearEur: Number(r.value_year_eur),
  };
}
