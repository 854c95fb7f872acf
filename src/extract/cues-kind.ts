/**
 * What kind of pay a figure is, as phrase tables: its component (bonus, total package) and the
 * employment it pays (freelance, intern). Phrases are folded (accents, case, plural -s).
 */
import type { Employment } from '../domain/index.ts';
import { BONUS_DE_NL, EMPLOYMENT_DE_NL } from './cues-de-nl.ts';
import { Lexicon } from './lexicon.ts';

/** Words that make a figure a bonus (before: "prime de", "bonus of"; after: "de bonus", "bonus"). */
export const BONUS = new Lexicon<true>([
  ['bonus', true],
  ['prime', true],
  ['variable', true],
  ['part variable', true],
  ['commission', true],
  ['intéressement', true],
  ['participation', true],
  ['stock-option', true],
  ['stock option', true],
  ['equity', true],
  ['rsu', true],
  ['action', true],
  ['bspce', true],
  ['incentive', true],
  ['signing', true],
  ['sign-on', true],
  ['retention', true],
  ['13e mois', true],
  ['treizième mois', true],
  ...BONUS_DE_NL,
]);
export const TOTAL = new Lexicon<true>([
  ['package', true],
  ['total compensation', true],
  ['rémunération globale', true],
  ['rémunération totale', true],
  ['ote', true],
  ['on-target earnings', true],
  ['fixe + variable', true],
  ['fixe et variable', true],
  ['total comp', true],
  ['tc', true, 'en'],
  ['package global', true],
  ['variable compris', true],
  ['variable inclus', true],
]);

export const EMPLOYMENT = new Lexicon<Employment>([
  ['freelance', 'freelance'],
  ['free-lance', 'freelance'],
  ['freelancing', 'freelance'],
  ['indépendant', 'freelance'],
  ['tjm', 'freelance'],
  ['taux journalier', 'freelance'],
  ['tarif journalier', 'freelance'],
  ['day rate', 'freelance'],
  ['daily rate', 'freelance'],
  ['contractor', 'freelance'],
  ['facturer', 'freelance'],
  ['portage salarial', 'freelance'],
  ['mission freelance', 'freelance'],
  ['consultant indépendant', 'freelance'],
  ['auto-entrepreneur', 'freelance'],
  ['stage', 'intern'],
  ['stagiaire', 'intern'],
  ['internship', 'intern'],
  ['intern', 'intern'],
  ['alternance', 'intern'],
  ['alternant', 'intern'],
  ['apprenti', 'intern'],
  ['apprentie', 'intern'],
  ["contrat d'apprentissage", 'intern'],
  ['en apprentissage', 'intern'],
  ['gratification', 'intern'],
  ['indemnité de stage', 'intern'],
  ...EMPLOYMENT_DE_NL,
]);
