/** Loads the reference data and observations bundled in data/ into a store, once: a source that
 * already has observations is not read again (and ids make a re-read harmless anyway). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { SalaryStore } from '../store/index.ts';
import { dataPath } from '../reference/index.ts';
import { mapAijobsTitle } from '../reference/index.ts';
import { AIJOBS_SOURCE, aijobsObservations } from './aijobs-salaries.ts';
import { articleObservations, articleSources, type ArticleFactsFile } from './article-facts.ts';
import { calendarFxRows } from './fx-calendar.ts';
import { loadOfficialReferences, readOfficialReferences } from './official-references.ts';
import type { ReferenceTables } from './yearly-eur.ts';

/** Rates are carried forward to this day, so observations dated after the last ECB publication
 * still convert (their trace says the rate is stale). */
export const FX_CARRY_UNTIL = '2030-12-31';

export interface BundledLoadReport {
  readonly fxRows: number;
  readonly sources: { readonly id: string; readonly inserted: number; readonly skipped: number }[];
  /** Published statistics saved (0 when the store had them all). */
  readonly publishedStatistics?: number;
}

export async function loadBundledData(
  store: SalaryStore,
  tables: ReferenceTables,
  now: () => Date = () => new Date(),
): Promise<BundledLoadReport> {
  let fxRows = 0;
  if ((await store.fxCurrencies()).length === 0) {
    const rows = calendarFxRows(tables.fx, FX_CARRY_UNTIL);
    await store.replaceFxRates(rows);
    fxRows = rows.length;
  }
  const listed = await store.listSources();
  const counts = new Map(listed.map((s) => [s.id, s.observations]));
  const sources: BundledLoadReport['sources'] = [];
  if (!counts.get(AIJOBS_SOURCE.id)) {
    const csv = gunzipSync(
      readFileSync(dataPath('observations', 'aijobs-salaries.csv.gz')),
    ).toString('utf8');
    const observations = aijobsObservations(csv, {
      mapTitle: mapAijobsTitle,
      tables,
      ingestedAt: now().toISOString(),
    });
    await store.upsertSources([AIJOBS_SOURCE]);
    sources.push({ id: AIJOBS_SOURCE.id, ...(await store.insertObservations(observations)) });
  }
  const articles = JSON.parse(
    readFileSync(dataPath('observations', 'articles.json'), 'utf8'),
  ) as ArticleFactsFile;
  const articleList = articleSources(articles);
  if (articleList.some((s) => !counts.has(s.id))) {
    await store.upsertSources(articleList);
    const observations = articleObservations(articles, tables, now().toISOString());
    sources.push({ id: 'articles', ...(await store.insertObservations(observations)) });
  }
  const official = readOfficialReferences();
  const publishedStatistics = await loadOfficialReferences(store, official);
  // A store loaded before a bundled source's description changed (its French title was added)
  // gets the new description; its observations are left as they are.
  if (store.writable) {
    const before = new Map(listed.map((s) => [s.id, s]));
    const stale = [AIJOBS_SOURCE, ...articleList, ...official.sources]
      .filter((d) => before.has(d.id))
      .filter((d) => (before.get(d.id)?.titleFr ?? null) !== (d.titleFr ?? null));
    if (stale.length > 0) await store.upsertSources(stale);
  }
  return { fxRows, sources, publishedStatistics };
}
