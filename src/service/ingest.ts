/** Stores the pay facts of texts (POST /api/ingest, `fourchette ingest`): the one writer a
 * running server and the CLI share, so the CLI can hand its files to the server. */
import type { IngestRequest, IngestResponse } from '../contract/index.ts';
import { ingestTexts } from '../ingest/index.ts';
import type { AppContext } from './context.ts';

export async function ingestDocuments(
  ctx: AppContext,
  req: IngestRequest,
): Promise<IngestResponse> {
  const reports = await ingestTexts(ctx.store, req.documents, ctx.tables);
  return {
    reports: reports.map((r) => ({
      name: r.name,
      sourceId: r.sourceId,
      facts: r.facts,
      inserted: r.inserted,
      skipped: r.skipped,
      notStored: [...r.notStored],
    })),
  };
}
