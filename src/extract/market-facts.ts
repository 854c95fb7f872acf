/**
 * Market facts stated in an article (French or English): shares of postings ("près d'un quart
 * des postes proposent du télétravail"), counts of postings ("près de 250 offres d'emploi … en
 * octobre 2025") and hubs named in a list ("San Francisco, New York et Boston"), each with the
 * spans of the text stating it. Pure: rules over sentences, nothing about a particular text.
 */
import type { MarketFactMention, RoleId } from '../domain/index.ts';
import { readCounts } from './market-facts-counts.ts';
import { readHubs } from './market-facts-hubs.ts';
import { readShares } from './market-facts-shares.ts';
import { ROLE_LEXICON } from './roles.ts';
import { tokenize } from './tokens.ts';

export type { MarketFactMention };

export interface Sentence {
  readonly start: number;
  /** Apostrophes and spaces folded (same length as the text, so offsets hold). */
  readonly text: string;
  readonly previous: string;
}

function sentences(text: string): Sentence[] {
  const folded = text.replace(/[’‘ʼ]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
  const out: Sentence[] = [];
  let previous = '';
  for (const m of folded.matchAll(/[^.!?\n]+(?:[.!?]+|$)/g)) {
    if (m[0].trim() === '') continue;
    out.push({ start: m.index, text: m[0], previous });
    previous = m[0];
  }
  return out;
}

/** The last job named in the sentence, else in the one before ("other" is no job). */
function roleNear(s: Sentence): RoleId | null {
  for (const text of [s.text, s.previous]) {
    const t = tokenize(text);
    const named = ROLE_LEXICON.scan(t, 0, t.count).filter((m) => m.value !== 'other');
    if (named.length > 0) return named[named.length - 1]!.value;
  }
  return null;
}

export function extractMarketFacts(text: string): MarketFactMention[] {
  return sentences(text).flatMap((s) => {
    const facts = [...readShares(s), ...readCounts(s), ...readHubs(s)];
    if (facts.length === 0) return [];
    const role = roleNear(s);
    return facts.map((f) => ({ ...f, role }));
  });
}
