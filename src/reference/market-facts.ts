/** The articles' market facts bundled in data/observations/market-facts.json. */
import { readFileSync } from 'node:fs';
import type { MarketFactMention } from '../domain/index.ts';
import { dataPath } from './paths.ts';

export interface BundledMarketFact extends MarketFactMention {
  readonly sourceId: string;
}

let cached: readonly BundledMarketFact[] | null = null;

export function loadMarketFacts(): readonly BundledMarketFact[] {
  cached ??= (
    JSON.parse(readFileSync(dataPath('observations', 'market-facts.json'), 'utf8')) as {
      facts: BundledMarketFact[];
    }
  ).facts;
  return cached;
}
