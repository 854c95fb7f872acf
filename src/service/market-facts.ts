/** Market figures published by articles: the function behind `GET /api/market/facts`. */
import type { MarketFactsResponse } from '../contract/index.ts';
import { loadMarketFacts } from '../reference/index.ts';
import type { AppContext } from './context.ts';

export async function listMarketFacts(ctx: AppContext): Promise<MarketFactsResponse> {
  const titles = new Map((await ctx.store.listSources()).map((s) => [s.id, s.title]));
  return {
    items: loadMarketFacts().map((f) => ({
      kind: f.kind,
      subject: f.subject,
      value: f.value,
      approximate: f.approximate,
      places: [...f.places],
      role: f.role ?? null,
      period: f.period,
      sourceId: f.sourceId,
      sourceTitle: titles.get(f.sourceId) ?? f.sourceId,
      evidence: f.evidence.map((e) => ({ start: e.start, end: e.end })),
    })),
  };
}
