/** The official statistics bundled in data/official-references/ (DARES, Job Bank): each body a
 * source of kind `statistics`, each figure a published statistic (not an observation). */
import { readFileSync } from 'node:fs';
import type { PublishedStatistic, Source } from '../domain/index.ts';
import { dataPath } from '../reference/index.ts';
import type { SalaryStore } from '../store/index.ts';

interface OfficialReferencesFile {
  readonly sources: readonly Omit<Source, 'kind' | 'evidenceShareable'>[];
  readonly statistics: readonly PublishedStatistic[];
}

export function readOfficialReferences(): {
  sources: Source[];
  statistics: readonly PublishedStatistic[];
} {
  const file = JSON.parse(
    readFileSync(dataPath('official-references', 'published-statistics.json'), 'utf8'),
  ) as OfficialReferencesFile;
  return {
    sources: file.sources.map((s) => ({ ...s, kind: 'statistics', evidenceShareable: false })),
    statistics: file.statistics,
  };
}

/** Saves them when the store lacks any (ids make a repeat harmless); returns how many were saved. */
export async function loadOfficialReferences(
  store: SalaryStore,
  references: ReturnType<typeof readOfficialReferences> = readOfficialReferences(),
): Promise<number> {
  // A read-only data folder is served as it is.
  if (!store.writable) return 0;
  const { sources, statistics } = references;
  const stored = new Set((await store.listPublishedStatistics()).map((s) => s.id));
  if (statistics.every((s) => stored.has(s.id))) return 0;
  await store.upsertSources(sources);
  await store.upsertPublishedStatistics(statistics);
  return statistics.length;
}
