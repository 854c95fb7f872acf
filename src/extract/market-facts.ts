/**
 * Market facts stated in an article (French or English): shares of postings ("près d'un quart
 * des postes proposent du télétravail"), counts of postings ("près de 250 offres d'emploi … en
 * octobre 2025") and hubs named in a list ("San Francisco, New York et Boston"), each with the
 * spans of the text stating it. Pure: rules over sentences, nothing about a particular text.
 */
import { readCounts } from './market-facts-counts.ts';
import { readHubs } from './market-facts-hubs.ts';
import { readShares } from './market-facts-shares.ts';

export interface MarketFactMention {
  readonly kind: 'share' | 'count' | 'hubs';
  /** remote, hybrid, remote-or-hybrid, pay, ai (shares); postings (counts); hubs. */
  readonly subject: string;
  /** Share 0–1 or count; null for hubs. */
  readonly value: number | null;
  readonly approximate: boolean;
  readonly places: readonly string[];
  /** YYYY-MM or YYYY when the sentence dates the figure. */
  readonly period: string | null;
  readonly evidence: readonly { start: number; end: number }[];
}

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

export function extractMarketFacts(text: string): MarketFactMention[] {
  return sentences(text).flatMap((s) => [...readShares(s), ...readCounts(s), ...readHubs(s)]);
}
