/** A market figure stated by a text (read by src/extract/market-facts.ts, bundled in data/). */
import type { RoleId } from './roles/index.ts';

export interface MarketFactMention {
  readonly kind: 'share' | 'count' | 'hubs';
  /** remote, hybrid, remote-or-hybrid, pay, ai (shares); postings (counts); hubs. */
  readonly subject: string;
  /** Share 0–1 or count; null for hubs. */
  readonly value: number | null;
  readonly approximate: boolean;
  readonly places: readonly string[];
  /** The job the figure is about, when its sentence (or the one before) names one. */
  readonly role: RoleId | null;
  /** YYYY-MM or YYYY when the sentence dates the figure. */
  readonly period: string | null;
  readonly evidence: readonly { start: number; end: number }[];
}
