/**
 * Seniority words → level. Mapping chosen for French salary texts, where "confirmé" and
 * "expérimenté" name the upper tier set against "débutant"/"junior" ("junior ou débutant" vs
 * "senior ou confirmé"), so both map to senior; an explicit "intermédiaire"/"mid" is mid.
 * "expert" is a level only as a tier ("les experts", "profil expert"), not in "cet expert de la Data".
 */
import type { Level } from '../domain/index.ts';
import { Lexicon } from './lexicon.ts';

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
