import type { SourcesResponse } from '../contract/index.ts';
import type { AppContext } from './context.ts';

export async function listSources(ctx: AppContext): Promise<SourcesResponse> {
  return { items: await ctx.store.listSources() };
}
