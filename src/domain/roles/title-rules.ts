/**
 * Weighted evidence read from a normalised title (see normalize-title.ts). A rule names a role
 * and a weight: ≥ 6 is a job noun that settles the role on its own ("data engineer"), 4–5 a
 * strong hint ("machine learning", "datacenter"), ≤ 3 a weak one that only counts when nothing
 * better is found ("consultant", "bi"). Rules for `other` mark jobs outside data/AI/software
 * (sales, law, teaching) so that "Développeur d'affaires" is not read as a developer.
 */
import { AI_ADJACENT_TITLE_RULES } from './ai-adjacent-title-rules.ts';
import { AI_TITLE_RULES } from './ai-title-rules.ts';
import { DATA_TITLE_RULES } from './data-title-rules.ts';
import { SOFTWARE_AND_OTHER_TITLE_RULES } from './software-and-other-title-rules.ts';
import type { TitleRule } from './title-rule.ts';

export type { TitleRule } from './title-rule.ts';

/** Every rule, in the order the lists were written (within a role, hits are reported in this order). */
export const TITLE_RULES: readonly TitleRule[] = [
  ...DATA_TITLE_RULES,
  ...AI_TITLE_RULES,
  ...AI_ADJACENT_TITLE_RULES,
  ...SOFTWARE_AND_OTHER_TITLE_RULES,
];
