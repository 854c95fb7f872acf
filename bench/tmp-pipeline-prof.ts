import { ingestPostings, readJsonLines } from '../src/ingest/postings/index.ts';
import { loadNormalizeTables } from '../src/reference/normalize-tables.ts';
import { classifyTitle } from '../src/reference/roles.ts';
import { postingSource } from '../src/service/ingest-postings.ts';
import type { SalaryStore } from '../src/store/index.ts';
import { syntheticFeed } from './synthetic-postings.ts';
const tables = loadNormalizeTables();
const context = { classify: (t: string) => classifyTitle(t), tables };
const keepsNothing = {
  upsertSources: async () => undefined,
  insertObservations: async (rows: readonly unknown[]) => ({ inserted: rows.length, skipped: 0 }),
  insertPostingSightings: async (rows: readonly unknown[]) => ({ inserted: rows.length, skipped: 0 }),
  postingSightingKeys: async () => [],
  feedCursor: async () => null,
  saveFeedCursor: async () => undefined,
} as unknown as SalaryStore;
const run = async (n: number, seed: number) => {
  const lines = syntheticFeed(n, seed);
  const t = performance.now();
  await ingestPostings(keepsNothing, readJsonLines(lines, 'x.jsonl'), {
    source: postingSource('s', 's', 'CC0-1.0', false), feed: 'f', context, cursor: false, batchSize: 5000,
  });
  return performance.now() - t;
};
await run(5000, 7);
const ms = await run(40000, 1);
console.log(`40k in ${ms.toFixed(0)} ms`);
const g = (globalThis as { gc?: () => void }).gc;
if (g) {
  g();
  const before = process.memoryUsage().heapUsed;
  const lines = syntheticFeed(40000, 3);
  g();
  const withLines = process.memoryUsage().heapUsed;
  await ingestPostings(keepsNothing, readJsonLines(lines, 'x.jsonl'), {
    source: postingSource('s', 's', 'CC0-1.0', false), feed: 'f2', context, cursor: false, batchSize: 5000,
  });
  g();
  console.log('MB lines', ((withLines - before) / 1e6).toFixed(1), 'after ingest (index is per call, dropped)', ((process.memoryUsage().heapUsed - withLines) / 1e6).toFixed(1));
}
