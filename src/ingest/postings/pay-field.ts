/**
 * A free-text pay field (a CSV "salary" column, France Travail's `salaire.libelle`:
 * "Annuel de 45000,00 Euros à 55000,00 Euros sur 12 mois") read by the extractor, then checked
 * against its magnitude: a yearly figure labelled "Mensuel" is read as yearly, a range whose
 * top has a typed extra zero as the range it meant. The correction is said, never silent.
 */
import { checkPlausibility, extractSalaries, type ExtractedFact } from '../../extract/index.ts';

export interface PayFieldReading {
  readonly fact: ExtractedFact | null;
  /** What was corrected, and why (kept in the observation's provenance). */
  readonly correction: string | null;
}

const CORRECTED = new Set([
  'period-looks-yearly',
  'times-ten',
  'divided-by-ten',
  'period-looks-monthly',
]);

/** `currency`: the posting country's, for a field that names none ("45-55k"). */
export function readPayField(text: string, currency?: string | null): PayFieldReading {
  const [fact] = extractSalaries(text, {
    payField: true,
    lang: 'fr',
    ...(currency ? { currency } : {}),
  }).filter((f) => f.component !== 'bonus');
  return fact ? correctImplausible(fact, `pay field "${text}"`) : { fact: null, correction: null };
}

/** The same check on any stated pay (a JobPosting's baseSalary of 40000 EUR a MONTH). */
export function correctImplausible(fact: ExtractedFact, what: string): PayFieldReading {
  const issue = checkPlausibility(fact).find((i) => CORRECTED.has(i.code));
  if (!issue) return { fact, correction: null };
  return {
    fact: {
      ...fact,
      low: issue.suggested.low,
      high: issue.suggested.high,
      period: issue.suggested.period,
      periodSource: issue.suggested.period === fact.period ? fact.periodSource : 'inferred',
    },
    correction: `${what} read as ${issue.suggested.low}–${issue.suggested.high} ${fact.currency}/${issue.suggested.period}: ${issue.message}`,
  };
}
