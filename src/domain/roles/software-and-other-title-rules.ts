/**
 * Title rules for software engineering (developers, DevOps, tech leads, stacks) and for `other`:
 * jobs outside data/AI/software, so that "Développeur d'affaires" is not read as a developer.
 */
import { titleRule as r, type TitleRule } from './title-rule.ts';

export const SOFTWARE_AND_OTHER_TITLE_RULES: readonly TitleRule[] = [
  r(
    'software-engineer',
    7,
    'software engineer',
    /\bsoftware (engineer|developer|architect|development)\b|\bengineer (software|developpement)\b/,
  ),
  r(
    'software-engineer',
    7,
    'DevOps/SRE',
    /\b(devops|sre|site reliability|cloud engineer|platform engineer|infrastructure engineer)\b/,
  ),
  r(
    'software-engineer',
    5,
    'developer',
    /\b(developer|programmer|programmeur|concepteur|integrateur|integrator)\b/,
  ),
  r(
    'software-engineer',
    5,
    'tech lead',
    /\b(tech ?lead|technical lead|lead developer|engineering manager)\b/,
  ),
  r(
    'software-engineer',
    5,
    'technical architect',
    /\barchitect (technique|software|infra\w*|cloud|systeme|si|soa|logiciel)\b|\b(technical|software|cloud|infra\w*|systeme|system) architect\b|\barchitect\b.*\bdevops\b/,
  ),
  r(
    'software-engineer',
    3,
    'stack',
    /\b(fullstack|frontend|backend|java|javascript|python|php|\.net|c#|c\+\+|angular|react\w*|j2ee|jee|ios|android|qa|web|mobile)\b/,
  ),
  r(
    'other',
    12,
    'not a data/AI job',
    /\b(commercial|business (developer|development)|sales|account (executive|manager|exec)|developer (d'affaires|foncier|economique|commercial)|charge d'affaires|juriste|lawyer|counsel|recruteur|recruiter|formateur|formatrice|trainer|enseignant|teacher|intervenant|chauffeur|serveur|vendeur|agent (de |d')?(maintenance|entretien|nettoyage)|brevets?|patent|marketing manager|channel manager|projeteur|projeteleur|infirmier|soudeur|plombier|cuisine|restauration|boulanger|mediation)\b/,
  ),
];
