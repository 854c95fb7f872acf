/** Paged observations with provenance: `GET /api/observations`. Evidence text is withheld where
 * the source's licence does not allow showing it. */
import type { ObservationsQuery, ObservationsResponse } from '../contract/index.ts';
import type { AppContext } from './context.ts';
import { toStatsFilter } from './filter.ts';

export async function listObservations(
  ctx: AppContext,
  query: ObservationsQuery,
): Promise<ObservationsResponse> {
  const { limit, offset, ...filterQuery } = query;
  const page = await ctx.store.listObservations(toStatsFilter(filterQuery, ctx), { limit, offset });
  const shareable = new Map(
    (await ctx.store.listSources()).map((s) => [s.id, s.evidenceShareable]),
  );
  return {
    total: page.total,
    limit,
    offset,
    items: page.items.map((o) => {
      const show = shareable.get(o.provenance.sourceId) ?? false;
      const evidence = o.provenance.evidence.map((e) => ({ ...e, text: show ? e.text : null }));
      return { ...o, provenance: { ...o.provenance, evidence } };
    }),
  };
}
