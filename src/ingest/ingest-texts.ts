/** read → extract → normalize → dedupe → save, for text files. Reading is the caller's: this
 * takes the texts, so the same pipeline serves the CLI, the API and tests. */
import { extractSalaries } from '../extract/index.ts';
import type { SalaryStore } from '../store/index.ts';
import {
  textObservations,
  textSource,
  type SkippedFact,
  type TextDocument,
} from './text-document.ts';
import type { ReferenceTables } from './yearly-eur.ts';

export interface TextIngestReport {
  readonly name: string;
  readonly sourceId: string;
  readonly facts: number;
  readonly inserted: number;
  readonly skipped: number;
  readonly notStored: readonly SkippedFact[];
}

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly current: string;
}

export async function ingestTexts(
  store: SalaryStore,
  docs: readonly TextDocument[],
  tables: ReferenceTables,
  options: { now?: () => Date; onProgress?: (p: IngestProgress) => void } = {},
): Promise<TextIngestReport[]> {
  const now = options.now ?? (() => new Date());
  const bytesTotal = docs.reduce((n, d) => n + d.text.length, 0);
  let bytesDone = 0;
  const reports: TextIngestReport[] = [];
  for (const [i, doc] of docs.entries()) {
    options.onProgress?.({ done: i, total: docs.length, bytesDone, bytesTotal, current: doc.name });
    const facts = extractSalaries(doc.text);
    const source = textSource(doc);
    const { observations, skipped } = textObservations(doc, facts, tables, now().toISOString());
    await store.upsertSources([source]);
    const result = await store.insertObservations(observations);
    bytesDone += doc.text.length;
    reports.push({
      name: doc.name,
      sourceId: source.id,
      facts: facts.length,
      ...result,
      notStored: skipped,
    });
  }
  options.onProgress?.({
    done: docs.length,
    total: docs.length,
    bytesDone,
    bytesTotal,
    current: '',
  });
  return reports;
}
