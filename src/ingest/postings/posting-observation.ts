/** A posting's pay as a salary observation (kind 'posting'), with its provenance: made once
 * per posting, from its first sighting, never from its reposts. */
import type { Employment } from '../../domain/index.ts';
import type { StoredObservation } from '../../store/index.ts';
import { observationId } from '../observation-id.ts';
import type { NormalizedPosting } from './to-sighting.ts';

function employment(p: NormalizedPosting, fallback: Employment): Employment {
  const c = p.sighting.contract;
  if (c === 'freelance') return 'freelance';
  if (c === 'internship' || c === 'apprenticeship') return 'intern';
  return fallback;
}

export function postingObservation(
  p: NormalizedPosting,
  shareEvidence: boolean,
): StoredObservation | null {
  const { fact, sighting: s } = p;
  if (!fact || !fact.period || !s.pay) return null;
  return {
    id: observationId(s.sourceId, `posting ${s.identifier}`, [
      fact.low,
      fact.high,
      fact.currency,
      fact.period,
    ]),
    low: fact.low,
    high: fact.high,
    currency: fact.currency,
    period: fact.period,
    basis: fact.basis ?? 'unknown',
    component: fact.component,
    employment: employment(p, fact.employment),
    roleId: s.roleId,
    rawTitle: s.title,
    level: s.level,
    yearsOfExperience: null,
    country: s.country,
    city: s.city,
    remote: s.remote,
    companySize: s.companySize,
    sector: s.sector,
    observedOn: s.postedOn,
    statistic: fact.statistic,
    provenance: {
      sourceId: s.sourceId,
      kind: 'posting',
      location: p.location,
      evidence: fact.evidence.map((e) => ({
        start: e.start,
        end: e.end,
        text: shareEvidence ? e.text : null,
      })),
      ingestedAt: s.ingestedAt,
    },
    valueYearEur: s.pay.yearEur,
  };
}
