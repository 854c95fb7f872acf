/** The seed articles' pay facts bundled in data/observations/articles.json (figures and
 * offsets only): each article is a source, each fact an observation naming it. */
import type {
  Basis,
  Component,
  Employment,
  Level,
  Period,
  Source,
  StatedStatistic,
} from '../domain/index.ts';
import type { StoredObservation } from '../store/index.ts';
import { observationId } from './observation-id.ts';
import { yearlyEurValue, type ReferenceTables } from './yearly-eur.ts';

export interface ArticleFactsFile {
  readonly sources: readonly {
    id: string;
    file: string;
    title: string;
    titleFr?: string;
    publisher: string;
    licence: string;
    date: string;
  }[];
  readonly facts: readonly {
    sourceId: string;
    low: number | null;
    high: number | null;
    currency: string;
    period: Period;
    basis: Basis;
    component: Component;
    employment: Employment;
    role: string | null;
    level: Level | null;
    country: string | null;
    city: string | null;
    statistic: StatedStatistic;
    evidence: readonly { start: number; end: number }[];
    statedPerEur: number | null;
  }[];
}

export function articleSources(file: ArticleFactsFile): Source[] {
  return file.sources.map((s) => ({
    id: s.id,
    title: s.title,
    titleFr: s.titleFr ?? null,
    publisher: s.publisher,
    licence: s.licence,
    date: s.date,
    url: null,
    kind: 'article',
    evidenceShareable: false,
  }));
}

export function articleObservations(
  file: ArticleFactsFile,
  tables: ReferenceTables,
  ingestedAt: string,
): StoredObservation[] {
  const dates = new Map(file.sources.map((s) => [s.id, { date: s.date, file: s.file }]));
  return file.facts.map((f) => {
    const source = dates.get(f.sourceId);
    if (!source) throw new Error(`articles.json: fact names unknown source "${f.sourceId}"`);
    const first = f.evidence[0] ?? { start: 0, end: 0 };
    const location = `${source.file} chars ${first.start}-${first.end}`;
    const base = {
      low: f.low,
      high: f.high,
      currency: f.currency,
      period: f.period,
      basis: f.basis,
      country: f.country,
      observedOn: source.date,
    };
    const stated = f.statedPerEur
      ? { statedRate: { perEur: f.statedPerEur, note: 'rate stated by the article' } }
      : {};
    return {
      id: observationId(f.sourceId, location, [f.low, f.high, f.currency, f.period]),
      ...base,
      component: f.component,
      employment: f.employment,
      roleId: f.role,
      rawTitle: null,
      level: f.level,
      yearsOfExperience: null,
      city: f.city,
      remote: null,
      companySize: null,
      sector: null,
      statistic: f.statistic,
      provenance: {
        sourceId: f.sourceId,
        kind: 'article',
        location,
        evidence: f.evidence.map((e) => ({ start: e.start, end: e.end, text: null })),
        ingestedAt,
      },
      valueYearEur: yearlyEurValue({ ...base, ...stated }, tables),
    };
  });
}
