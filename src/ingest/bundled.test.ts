import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dataPath, loadNormalizeTables } from '../reference/index.ts';
import { openDuckDbStore } from '../store/index.ts';
import { makeObservation } from '../store/testing/fixtures.ts';
import { AIJOBS_SOURCE } from './aijobs-salaries.ts';
import { articleSources, type ArticleFactsFile } from './article-facts.ts';
import { loadBundledData } from './bundled.ts';

describe('bundled data on a store loaded before', () => {
  it('gives the bundled sources their French titles, and loads nothing again', async () => {
    const store = await openDuckDbStore(':memory:');
    try {
      // A store as an earlier version left it: the sources without a French title, their data in.
      const articles = JSON.parse(
        readFileSync(dataPath('observations', 'articles.json'), 'utf8'),
      ) as ArticleFactsFile;
      const untitled = [AIJOBS_SOURCE, ...articleSources(articles)].map((s) => ({
        ...s,
        titleFr: null,
      }));
      await store.upsertSources(untitled);
      await store.insertObservations([
        makeObservation({
          id: 'aijobs-row',
          provenance: { ...makeObservation().provenance, sourceId: AIJOBS_SOURCE.id },
        }),
      ]);
      await store.replaceFxRates([{ currency: 'USD', day: '2024-06-03', perEur: 1.09 }]);

      const report = await loadBundledData(store, loadNormalizeTables());
      assert.deepEqual(report.sources, [], 'no observation loaded again');
      assert.equal(report.fxRows, 0);
      const titles = new Map((await store.listSources()).map((s) => [s.id, s.titleFr]));
      assert.equal(titles.get('aijobs-salaries'), 'Salaires IA, ML et data (dernier instantané)');
      assert.match(titles.get('article-000') ?? '', /^Article : panorama des salaires/);
      assert.match(titles.get('canada-job-bank') ?? '', /^Guichet-Emplois/);
      assert.equal(await store.countObservations(), 1);
    } finally {
      await store.close();
    }
  });
});
