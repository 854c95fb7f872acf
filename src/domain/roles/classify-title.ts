/**
 * Title (and optionally the posting's text) → role. Pure, deterministic, no model:
 * 1. an exact alias of a role (after normalisation, level words removed) decides at once;
 * 2. otherwise weighted title rules (title-rules.ts) score each role, then precedence rules
 *    apply: a named research post beats modelling roles; a vision/NLP speciality beats a generic
 *    modelling role; a consultant or project manager doing a named job takes that job;
 * 3. when the title gives no strong evidence (best < 5: "Engineer", "Chef de projet",
 *    "Consultant"), the missions found in the text decide, through each role's focus missions.
 */
import type { Level } from '../observation.ts';
import { ROLE_IDS, type RoleId } from './ids.ts';
import { countMissions, type MissionId } from './missions.ts';
import { normalizeTitle } from './normalize-title.ts';
import { detectSeniority } from './seniority.ts';
import type { Role, RoleTaxonomy } from './taxonomy.ts';
import { TITLE_RULES } from './title-rules.ts';
import { foldText } from './fold-text.ts';

export interface RoleClassification {
  readonly role: RoleId;
  /** 0..1; 0 for an empty title. */
  readonly confidence: number;
  readonly level: Level | null;
  /** The missions (from the text) that decided or confirmed the role. */
  readonly missions: MissionId[];
  readonly reason: string;
}

export type TitleClassifier = (title: string, text?: string) => RoleClassification;

const STRONG = 4;
const MODELLING: ReadonlySet<RoleId> = new Set(['data-scientist', 'ml-engineer', 'ai-engineer']);
const WRAPPERS: ReadonlySet<RoleId> = new Set(['ai-consultant', 'ai-project-manager']);
const LEVEL_WORDS =
  /\b(senior|junior|confirme|experimente|experienced|lead|principal|staff|stagiaire|stage|intern|internship|alternance|alternant|apprenti|cdi|cdd|freelance|expert)\b/g;

const round = (x: number) => Math.round(x * 100) / 100;

function aliasIndex(taxonomy: RoleTaxonomy): Map<string, RoleId> {
  const index = new Map<string, RoleId>();
  for (const role of taxonomy.values()) {
    for (const alias of [...role.aliases.en, ...role.aliases.fr, role.name.en, role.name.fr]) {
      const key = normalizeTitle(alias);
      if (key && !index.has(key) && role.id !== 'other') index.set(key, role.id);
    }
  }
  return index;
}

/** Rules of this weight or more name a job ("data engineer"); lighter ones are hints. */
const NOUN = 7;

interface TitleEvidence {
  readonly scores: Map<RoleId, number>;
  readonly hits: Map<RoleId, string[]>;
  /** Where in the title each role's job noun first appears. */
  readonly nounAt: Map<RoleId, number>;
}

function scoreTitle(normalized: string): TitleEvidence {
  const scores = new Map<RoleId, number>();
  const hits = new Map<RoleId, string[]>();
  const nounAt = new Map<RoleId, number>();
  for (const rule of TITLE_RULES) {
    const match = rule.pattern.exec(normalized);
    if (!match) continue;
    scores.set(rule.role, (scores.get(rule.role) ?? 0) + rule.weight);
    hits.set(rule.role, [...(hits.get(rule.role) ?? []), rule.name]);
    if (rule.weight >= NOUN)
      nounAt.set(rule.role, Math.min(nounAt.get(rule.role) ?? Infinity, match.index));
  }
  return { scores, hits, nounAt };
}

function ranked(scores: Map<RoleId, number>): [RoleId, number][] {
  // Ties break on ROLE_IDS order, so the result never depends on rule order.
  return [...scores].sort((a, b) => b[1] - a[1] || ROLE_IDS.indexOf(a[0]) - ROLE_IDS.indexOf(b[0]));
}

const SPECIFIC_TECH: ReadonlySet<RoleId> = new Set<RoleId>([
  ...MODELLING,
  'data-engineer',
  'mlops-engineer',
  'computer-vision-engineer',
  'nlp-engineer',
  'agent-engineer',
]);

/** Roles that a more specific job named in the same title overrides. */
const YIELDS_TO: ReadonlyMap<RoleId, (id: RoleId) => boolean> = new Map<
  RoleId,
  (id: RoleId) => boolean
>([
  ['ai-consultant', (id) => !WRAPPERS.has(id)],
  ['ai-project-manager', (id) => !WRAPPERS.has(id)],
  ['software-engineer', (id) => SPECIFIC_TECH.has(id)],
]);

/**
 * The role a title names. With job nouns, the first one named wins ("Data Analyst / Data
 * Engineer" is a data analyst), unless it is a wrapper that a more specific job overrides
 * ("Consultant Data Scientist"); without nouns, the best-scored hint. Then a research post beats
 * modelling roles, and a vision/NLP speciality beats a generic modelling role.
 */
function chooseRole({ scores, nounAt }: TitleEvidence): { role: RoleId; why: string | null } {
  const s = (id: RoleId) => scores.get(id) ?? 0;
  let role: RoleId;
  let why: string | null = null;
  const nouns = [...nounAt].sort(
    (a, b) => a[1] - b[1] || s(b[0]) - s(a[0]) || ROLE_IDS.indexOf(a[0]) - ROLE_IDS.indexOf(b[0]),
  );
  const first = nouns[0];
  if (first) {
    role = first[0];
    const yields = YIELDS_TO.get(role);
    const specific = yields && nouns.find(([id]) => id !== role && id !== 'other' && yields(id));
    if (specific) {
      role = specific[0];
      why = 'the specific job named in the title';
    }
  } else role = ranked(scores)[0]?.[0] ?? 'other';
  if (role === 'other') return { role, why };
  const modelling =
    MODELLING.has(role) || role === 'computer-vision-engineer' || role === 'nlp-engineer';
  if (nounAt.has('ai-researcher') && modelling)
    return { role: 'ai-researcher', why: 'a research post' };
  if (MODELLING.has(role)) {
    const cv = s('computer-vision-engineer');
    const nlp = s('nlp-engineer');
    if (Math.max(cv, nlp) >= 6) {
      return {
        role: cv >= nlp ? 'computer-vision-engineer' : 'nlp-engineer',
        why: 'the speciality named',
      };
    }
  }
  return { role, why };
}

function byMissions(
  taxonomy: RoleTaxonomy,
  counts: Map<MissionId, number>,
  titleScores: Map<RoleId, number>,
) {
  const scores = new Map<RoleId, number>();
  for (const role of taxonomy.values()) {
    if (role.id === 'other') continue;
    const n = role.focus.length;
    // The first focus mission weighs most; a weak title hint adds a little.
    let score = role.focus.reduce(
      (sum, m, i) => sum + Math.min(counts.get(m) ?? 0, 5) * ((n - i) / n),
      0,
    );
    score += (titleScores.get(role.id) ?? 0) * 0.5;
    if (score > 0) scores.set(role.id, score);
  }
  return ranked(scores);
}

function confirmingMissions(role: Role | undefined, counts: Map<MissionId, number>): MissionId[] {
  return (role?.focus ?? []).filter((m) => (counts.get(m) ?? 0) > 0);
}

export function createTitleClassifier(taxonomy: RoleTaxonomy): TitleClassifier {
  const aliases = aliasIndex(taxonomy);
  return (title, text) => {
    const level = detectSeniority(title, text ?? '').level;
    const normalized = normalizeTitle(title);
    if (!normalized)
      return { role: 'other', confidence: 0, level, missions: [], reason: 'empty title' };
    const counts = text ? countMissions(foldText(text)) : new Map<MissionId, number>();
    const bare = normalized.replace(LEVEL_WORDS, ' ').replace(/\s+/g, ' ').trim();
    const alias = aliases.get(bare);
    if (alias) {
      const missions = confirmingMissions(taxonomy.get(alias), counts);
      return {
        role: alias,
        confidence: 0.95,
        level,
        missions,
        reason: `title is a known alias ("${bare}")`,
      };
    }
    const evidence = scoreTitle(normalized);
    const { scores, hits } = evidence;
    const top = ranked(scores);
    const [bestId, bestScore] = top[0] ?? ['other', 0];
    if (bestScore >= STRONG || evidence.nounAt.size > 0) {
      const { role, why } = chooseRole(evidence);
      const score = scores.get(role) ?? bestScore;
      const runnerUp = top.find(([id]) => id !== role)?.[1] ?? 0;
      const margin = score - runnerUp;
      const confidence = round(Math.min(0.93, 0.5 + 0.04 * score) * (margin >= 3 ? 1 : 0.8));
      const said = (hits.get(role) ?? []).join(', ');
      const reason = `title says ${said || bestId}${why ? `; ${why}` : ''}`;
      if (role === 'other') return { role, confidence: 0.8, level, missions: [], reason };
      return {
        role,
        confidence,
        level,
        missions: confirmingMissions(taxonomy.get(role), counts),
        reason,
      };
    }
    if (counts.size > 0) {
      const [best, second] = byMissions(taxonomy, counts, scores);
      if (best && best[1] >= 2) {
        const missions = confirmingMissions(taxonomy.get(best[0]), counts);
        const margin = best[1] - (second?.[1] ?? 0);
        const confidence = round(Math.min(0.75, 0.3 + 0.05 * best[1]) * (margin >= 2 ? 1 : 0.8));
        return {
          role: best[0],
          confidence,
          level,
          missions,
          reason: `vague title; the text's missions decide (${missions.join(', ')})`,
        };
      }
    }
    const hint = bestScore > 0 ? ` (weak hint: ${(hits.get(bestId) ?? []).join(', ')})` : '';
    return {
      role: 'other',
      confidence: bestScore > 0 ? 0.35 : 0.5,
      level,
      missions: [],
      reason: `title too vague or outside data/AI${hint}`,
    };
  };
}
