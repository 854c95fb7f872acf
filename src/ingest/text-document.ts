/** A text (article, job ad, HTML or Markdown page) → a Source and the observations of the pay
 * facts the extractor finds in it. Ids depend only on the text and the fact's place in it, so
 * ingesting the same text twice adds nothing. */
import { createHash } from 'node:crypto';
import type { Source, SourceKind } from '../domain/index.ts';
import type { ExtractedFact } from '../extract/index.ts';
import { statedRateFrom } from '../normalize/index.ts';
import type { StoredObservation } from '../store/index.ts';
import { observationId } from './observation-id.ts';
import { yearlyEurValue, type ReferenceTables } from './yearly-eur.ts';

export interface TextDocument {
  readonly text: string;
  /** How the user named it (a file path): shown as the source title unless a title is given. */
  readonly name: string;
  readonly title?: string;
  readonly kind: SourceKind;
  readonly licence: string;
  /** May the evidence text be shown to users? Only when the licence allows it. */
  readonly shareEvidence: boolean;
  /** The date the figures describe (YYYY-MM-DD). */
  readonly observedOn: string;
  readonly url?: string | null;
}

export interface SkippedFact {
  readonly reason: string;
  readonly evidence: string;
}

export function textSourceId(text: string): string {
  return `text-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

export function textSource(doc: TextDocument): Source {
  return {
    id: textSourceId(doc.text),
    title: doc.title ?? doc.name,
    publisher: 'unknown',
    licence: doc.licence,
    date: doc.observedOn,
    url: doc.url ?? null,
    kind: doc.kind,
    evidenceShareable: doc.shareEvidence,
  };
}

/** A figure in a currency the ECB lacks, restated in euros by the text, gives a stated rate. */
function statedRate(fact: ExtractedFact) {
  const amount = fact.low ?? fact.high;
  const euro = fact.restatements.find((r) => r.currency === 'EUR' && (r.low ?? r.high) !== null);
  const eurAmount = euro ? (euro.low ?? euro.high) : null;
  if (fact.currency === 'EUR' || amount === null || eurAmount === null || !euro) return undefined;
  return statedRateFrom(amount, eurAmount, `stated by the text: "${euro.evidence.text}"`);
}

export function textObservations(
  doc: TextDocument,
  facts: readonly ExtractedFact[],
  tables: ReferenceTables,
  ingestedAt: string,
): { observations: StoredObservation[]; skipped: SkippedFact[] } {
  const sourceId = textSourceId(doc.text);
  const observations: StoredObservation[] = [];
  const skipped: SkippedFact[] = [];
  for (const fact of facts) {
    const primary = fact.evidence[0];
    if (!primary) continue;
    if (fact.period === null) {
      skipped.push({
        reason: 'no period stated or inferable (per year, month, day, hour?)',
        evidence: primary.text,
      });
      continue;
    }
    const location = `${doc.name} chars ${primary.start}-${primary.end}`;
    const rate = statedRate(fact);
    const base = {
      low: fact.low,
      high: fact.high,
      currency: fact.currency,
      period: fact.period,
      basis: fact.basis ?? ('unknown' as const),
      country: fact.country,
      observedOn: doc.observedOn,
    };
    observations.push({
      id: observationId(sourceId, `chars ${primary.start}-${primary.end}`, [
        fact.low,
        fact.high,
        fact.currency,
        fact.period,
      ]),
      ...base,
      component: fact.component,
      employment: fact.employment,
      roleId: fact.role,
      rawTitle: null,
      level: fact.level,
      yearsOfExperience: null,
      city: fact.city,
      remote: null,
      companySize: null,
      sector: null,
      statistic: fact.statistic,
      provenance: {
        sourceId,
        kind: doc.kind,
        location,
        evidence: fact.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text })),
        ingestedAt,
      },
      valueYearEur: yearlyEurValue(rate ? { ...base, statedRate: rate } : base, tables),
    });
  }
  return { observations, skipped };
}
