/** The modele-social rules in a publicodes engine: built once (~0.5 s), then each evaluation
 * takes 30–300 ms. Used by scripts/build-gross-net-curves.ts, eval/ and slow checks; run-time
 * conversions use the precomputed curves instead. */
import rules from 'modele-social';
import Engine from 'publicodes';
import type { EmployeeStatus } from './curves.ts';

export type SocialEngine = Engine;

const silent = { log() {}, warn() {}, error() {} };

export function createSocialEngine(): SocialEngine {
  return new Engine(rules as ConstructorParameters<typeof Engine>[0], { logger: silent });
}

/** "2026-01-01" → "'01/01/2026'", the publicodes date literal. */
export function publicodesDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `'${d}/${m}/${y}'`;
}

export function evaluateNumber(engine: SocialEngine, rule: string, unit = '€/an'): number {
  const value = engine.evaluate({ valeur: rule, unité: unit }).nodeValue;
  if (typeof value !== 'number')
    throw new Error(`modele-social gave no number for "${rule}" (got ${String(value)})`);
  return value;
}

export interface EmployeeNet {
  /** net à payer avant impôt, € a year. */
  readonly net: number;
  /** net payé après impôt, € a year (default income-tax method: single person, no children). */
  readonly netAfterTax: number;
}

/** One direct evaluation of a full-time private-sector employee's pay. */
export function evaluateEmployee(
  engine: SocialEngine,
  grossYearly: number,
  status: EmployeeStatus,
  rulesDate: string,
): EmployeeNet {
  engine.setSituation({
    date: publicodesDate(rulesDate),
    // Without dirigeant = non, income tax silently comes out 0.
    dirigeant: 'non',
    'salarié . contrat . salaire brut': `${grossYearly} €/an`,
    'salarié . contrat . statut cadre': status === 'cadre' ? 'oui' : 'non',
  });
  return {
    net: evaluateNumber(engine, 'salarié . rémunération . net . à payer avant impôt'),
    netAfterTax: evaluateNumber(engine, 'salarié . rémunération . net . payé après impôt'),
  };
}
