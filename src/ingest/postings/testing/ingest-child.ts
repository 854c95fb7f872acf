/** Test helper run as its own process: ingests a JSON Lines feed into the DuckDB store file
 * argv[2] in small batches, printing one line per batch (the kill test stops it mid-way). */
import { loadNormalizeTables } from '../../../reference/normalize-tables.ts';
import { classifyTitle } from '../../../reference/roles.ts';
import { postingSource } from '../../../service/ingest-postings.ts';
import { openDuckDbStore } from '../../../store/index.ts';
import { ingestPostings } from '../ingest-postings.ts';
import { readJsonLines } from '../read-json-lines.ts';
import { readFileSync } from 'node:fs';

const [dbPath, feedPath] = process.argv.slice(2) as [string, string];
const store = await openDuckDbStore(dbPath);
const report = await ingestPostings(
  store,
  readJsonLines(readFileSync(feedPath, 'utf8').split('\n'), 'feed.jsonl'),
  {
    source: postingSource('kill-test', 'kill test', 'CC0-1.0', false),
    feed: 'kill-test',
    context: { classify: (t) => classifyTitle(t), tables: loadNormalizeTables() },
    batchSize: 100,
    onProgress: (p) => process.stdout.write(`batch ${p.done}\n`),
  },
);
await store.close();
process.stdout.write(`done ${JSON.stringify(report)}\n`);
