/**
 * Seniority from a title and a posting's text. Title words win (they are the employer's explicit
 * choice); then stated years of experience; then internship/work-study words in the text.
 *
 * Years → level (French usage: débutant < 3 ans, confirmé 3–5, senior 6–9, expert 10+):
 *   < 3 years → junior, 3–5 → mid, 6–9 → senior, ≥ 10 → expert. A range ("3 à 5 ans") counts
 *   by its lower bound, the minimum the employer asks for.
 */
import type { Level } from '../observation.ts';
import { foldText } from './fold-text.ts';

export interface SeniorityReading {
  readonly level: Level | null;
  /** Years of experience asked for, when stated. */
  readonly years: number | null;
  /** The words or figure that decided, e.g. `title: "senior"` or `text: 5 years`. */
  readonly evidence: string | null;
}

const RANK: Readonly<Record<Level, number>> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  expert: 4,
  lead: 5,
};

/** Title words, on folded text. `apprentissage automatique` is machine learning, not an apprenticeship. */
const TITLE_WORDS: readonly [RegExp, Level][] = [
  [
    /\b(stagiaire|stage|intern|internship|alternan(t|te|ce)|apprenti|apprentie|apprentissage(?! (automatique|profond|machine|statistique|supervise|par renforcement))|trainee|working student|werkstudent(in)?|praktikant(in)?|praktikum|stagiair|afstudeerder|contrat pro\w*|v\.?i\.?e)\b/,
    'intern',
  ],
  [
    /\b(junior|jr|debutante?|jeune diplomee?|entry[- ]level|early career|graduate|new grad|associate (data|machine|research|software|ml|ai))\b/,
    'junior',
  ],
  [/\b(confirmee?|mid[- ]level|intermediate|ii)\b/, 'mid'],
  [/\b(senior|sr|experimentee?|experienced|iii)\b/, 'senior'],
  [/\b(expert|experte|staff|principal|principale|distinguished|referent|referente)\b/, 'expert'],
  [
    /\b(lead|leader|head|chief|vp|vice president|directeur|directrice|director|cto|cdo|chef d'equipe|team leader|responsable (data|ia|ai|bi|de la data|des donnees|d'equipe|de pole|du pole|de service|data science|intelligence artificielle)|(?<!(product|project|program|programme|account|data|community|channel|marketing|office|case|knowledge|success|finance|hr|crm|domain|risk|revenue|business|analytics|insights?|partner|quality|governance) )manager)\b/,
    'lead',
  ],
];

const YEARS = [
  /(\d{1,2})\s*(?:\+|a|à|-|–|ou plus)?\s*(?:\d{1,2}\s*)?(?:ans|annees)\s*(?:minimum\s*)?(?:d'|de |en )?(?:experience|exp\b|d'exp)/,
  /experience\s*(?:professionnelle\s*)?(?:significative\s*)?(?:de|d'au moins|minimum|d'environ|of at least|of)?\s*(\d{1,2})\s*(?:\+|a \d+|-\s*\d+)?\s*(?:ans|annees|years?)/,
  /(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\s*(?:of\s*)?(?:\w+\s){0,3}?(?:experience|exp\b)/,
  /(?:minimum|au moins|at least)\s*(\d{1,2})\s*(?:ans|annees|years?)/,
  /\+\/?\s*(\d{1,2})\s*ans\b/,
];

/** Years of experience → level (thresholds above). */
export function levelFromYears(years: number): Level {
  if (years < 3) return 'junior';
  if (years < 6) return 'mid';
  if (years < 10) return 'senior';
  return 'expert';
}

/** The highest-ranked level named in a title; internship words win over everything. */
export function levelFromTitle(title: string): { level: Level; word: string } | null {
  const folded = foldText(title);
  let best: { level: Level; word: string } | null = null;
  for (const [pattern, level] of TITLE_WORDS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    if (level === 'intern') return { level, word: match[0] };
    if (!best || RANK[level] > RANK[best.level]) best = { level, word: match[0] };
  }
  return best;
}

/** Years of experience asked for in a text, or null. Ignores implausible figures (> 40). */
export function yearsOfExperience(text: string): number | null {
  const folded = foldText(text);
  for (const pattern of YEARS) {
    const match = pattern.exec(folded);
    const years = match?.[1] ? Number(match[1]) : NaN;
    if (Number.isFinite(years) && years <= 40) return years;
  }
  return null;
}

export function detectSeniority(title: string, text = ''): SeniorityReading {
  const fromTitle = levelFromTitle(title);
  const years = yearsOfExperience(title) ?? (text ? yearsOfExperience(text) : null);
  if (fromTitle) return { level: fromTitle.level, years, evidence: `title: "${fromTitle.word}"` };
  if (years !== null)
    return { level: levelFromYears(years), years, evidence: `${years} years of experience` };
  if (text) {
    const intern =
      /\b(stage de \d+ mois|stage conventionne|convention de stage|contrat d'apprentissage|en alternance|internship of \d+ months)\b/.exec(
        foldText(text),
      );
    if (intern) return { level: 'intern', years: null, evidence: `text: "${intern[0]}"` };
  }
  return { level: null, years: null, evidence: null };
}
