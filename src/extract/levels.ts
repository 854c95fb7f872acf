/**
 * Seniority words → level. Mapping chosen for French salary texts, where "confirmé" and
 * "expérimenté" name the upper tier set against "débutant"/"junior" ("junior ou débutant" vs
 * "senior ou confirmé"), so both map to senior; an explicit "intermédiaire"/"mid" is mid.
 * "expert" is a level only as a tier ("les experts", "profil expert"), not in "cet expert de la Data".
 * A text that uses the three-step scale of job ads and HR grids (junior / confirmé / senior, each
 * on its own) reads "confirmé" as mid: see usesThreeStepScale.
 */
import type { Level } from '../domain/index.ts';
import { Lexicon } from './lexicon.ts';
import type { Tokens } from './tokens.ts';

export const LEVEL_LEXICON = new Lexicon<Level>([
  ['junior', 'junior'],
  ['débutant', 'junior'],
  ['débutante', 'junior'],
  ['début de carrière', 'junior'],
  ['jeune diplômé', 'junior'],
  ['jeune diplômée', 'junior'],
  ["sortie d'école", 'junior'],
  ['premier emploi', 'junior'],
  ['entry level', 'junior'],
  ['entry-level', 'junior'],
  ['graduate', 'junior'],
  ['new grad', 'junior'],
  ['intermédiaire', 'mid'],
  ['mid', 'mid'],
  ['mid-level', 'mid'],
  ['mid-senior', 'mid'],
  ['niveau intermédiaire', 'mid'],
  ['senior', 'senior'],
  ['confirmé', 'senior'],
  ['confirmée', 'senior'],
  ['expérimenté', 'senior'],
  ['expérimentée', 'senior'],
  ['experienced', 'senior'],
  ['sénior', 'senior'],
  ['les experts', 'expert'],
  ['des experts', 'expert'],
  ['profil expert', 'expert'],
  ['expert level', 'expert'],
  ['principal', 'expert'],
  ['staff', 'expert'],
  ['lead', 'lead'],
  ['tech lead', 'lead'],
  ['team lead', 'lead'],
  ["responsable d'une équipe", 'lead'],
  ["responsable d'équipe", 'lead'],
  ["chef d'équipe", 'lead'],
  ["manager d'équipe", 'lead'],
  ['head of', 'lead'],
  ['directeur', 'lead'],
  ['directrice', 'lead'],
  ['head officer', 'lead'],
  ['stagiaire', 'intern'],
  ['stage', 'intern'],
  ['intern', 'intern'],
  ['internship', 'intern'],
  ['alternant', 'intern'],
]);

const CONFIRMED = new Lexicon<true>([
  ['confirmé', true],
  ['confirmée', true],
]);
const SENIOR = new Lexicon<true>([
  ['senior', true],
  ['sénior', true],
]);
/** Words that pair two level words into one step: "senior ou confirmé", "confirmé/senior". */
const JOINERS = new Lexicon<true>([
  ['ou', true],
  ['or', true],
  ['et', true],
  ['and', true],
  ['/', true],
  ['-', true],
]);

/** Is the level word at token i "confirmé"? */
export function isConfirmedAt(t: Tokens, i: number): boolean {
  return CONFIRMED.matchAt(t, i) !== null;
}

/** Does the text use "confirmé" and "senior" as two distinct steps? True when each appears at
 * least once not joined to the other ("senior ou confirmé", "confirmé/senior" pair them). */
export function usesThreeStepScale(t: Tokens, from: number, to: number): boolean {
  const confirmed = CONFIRMED.scan(t, from, to);
  if (confirmed.length === 0) return false;
  const senior = SENIOR.scan(t, from, to);
  const joined = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    const gap = second.start - first.end;
    return gap === 1 && JOINERS.matchAt(t, first.end) !== null;
  };
  return (
    confirmed.some((c) => !senior.some((s) => joined(c, s))) &&
    senior.some((s) => !confirmed.some((c) => joined(c, s)))
  );
}
