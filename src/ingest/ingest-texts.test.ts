import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadFxTable } from '../reference/fx.ts';
import { loadWorkingTime } from '../reference/working-time.ts';
import { openDuckDbStore, type SalaryStore } from '../store/index.ts';
import { ingestTexts } from './ingest-texts.ts';
import type { TextDocument } from './text-document.ts';

const tables = { fx: loadFxTable(), workingTime: loadWorkingTime() };

const ad: TextDocument = {
  text: 'Data Scientist confirmé (H/F) à Lyon. Rémunération : entre 45 000 et 55 000 € brut par an. Tickets restaurant de 9 €.',
  name: 'ad.txt',
  kind: 'posting',
  licence: 'unknown',
  shareEvidence: false,
  observedOn: '2024-06-03',
};

describe('ingesting texts', () => {
  let store: SalaryStore;
  before(async () => {
    store = await openDuckDbStore(':memory:');
  });
  after(async () => store.close());

  it('stores the pay facts of a job ad with their provenance, and nothing else', async () => {
    const [report] = await ingestTexts(store, [ad], tables, {
      now: () => new Date('2026-11-21T10:00:00Z'),
    });
    assert.equal(report?.inserted, 1);
    const { items } = await store.listObservations({}, { limit: 10, offset: 0 });
    assert.equal(items.length, 1);
    const o = items[0]!;
    assert.equal(o.low, 45_000);
    assert.equal(o.high, 55_000);
    assert.equal(o.period, 'year');
    assert.equal(o.basis, 'gross');
    assert.equal(o.provenance.kind, 'posting');
    assert.equal(o.provenance.ingestedAt, '2026-11-21T10:00:00.000Z');
    const span = o.provenance.evidence[0]!;
    assert.equal(ad.text.slice(span.start, span.end), span.text);
    assert.equal(o.valueYearEur, 50_000);
  });

  it('adds nothing when the same text is ingested again', async () => {
    const [report] = await ingestTexts(store, [ad], tables);
    assert.equal(report?.inserted, 0);
    assert.equal(report?.skipped, 1);
    assert.equal(await store.countObservations(), 1);
    assert.equal((await store.listSources()).length, 1);
  });

  it('reports progress from the first file to the last', async () => {
    const seen: number[] = [];
    await ingestTexts(store, [ad, { ...ad, text: `${ad.text} ` }], tables, {
      onProgress: (p) => seen.push(p.done),
    });
    assert.deepEqual(seen, [0, 1, 2]);
  });
});
