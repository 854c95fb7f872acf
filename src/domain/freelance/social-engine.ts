/** Direct modele-social evaluation of a freelancer's yearly net income from revenue (slow:
 * 30–300 ms; the curves in data/gross-net are built from it). */
import { evaluateNumber, publicodesDate, type SocialEngine } from '../gross-net/social-engine.ts';
import type { FreelanceStatus } from './statuses.ts';

function situation(
  status: FreelanceStatus,
  revenueYearly: number,
  rulesDate: string,
): Record<string, string> {
  const common = {
    date: publicodesDate(rulesDate),
    "entreprise . chiffre d'affaires": `${revenueYearly} €/an`,
    'entreprise . activité . nature': "'libérale'",
  };
  switch (status) {
    case 'micro':
      return {
        ...common,
        'entreprise . catégorie juridique': "'EI'",
        'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
      };
    case 'ei':
      return {
        ...common,
        'entreprise . catégorie juridique': "'EI'",
        'entreprise . catégorie juridique . EI . auto-entrepreneur': 'non',
        'entreprise . imposition': "'IR'",
      };
    case 'sasu':
      return {
        ...common,
        'entreprise . catégorie juridique': "'SAS'",
        'entreprise . associés': "'unique'",
        'entreprise . imposition': "'IS'",
      };
  }
}

export interface FreelanceNet {
  /** Net income before income tax, € a year. */
  readonly net: number;
  readonly netAfterTax: number;
}

export function evaluateFreelance(
  engine: SocialEngine,
  status: FreelanceStatus,
  revenueYearly: number,
  rulesDate: string,
): FreelanceNet {
  engine.setSituation(situation(status, revenueYearly, rulesDate));
  return {
    net: evaluateNumber(engine, 'dirigeant . rémunération . net'),
    netAfterTax: evaluateNumber(engine, 'dirigeant . rémunération . net . après impôt'),
  };
}

/** The micro-entreprise revenue ceiling for a profession libérale on `rulesDate`. */
export function microCeiling(engine: SocialEngine, rulesDate: string): number {
  engine.setSituation(situation('micro', 0, rulesDate));
  return evaluateNumber(engine, "entreprise . chiffre d'affaires . seuil micro . libérale");
}
