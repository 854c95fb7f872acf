import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import {
  startReplayServer,
  type ReplayServer,
} from '../ingest/postings/france-travail/replay-server.ts';
import { loadNormalizeTables } from '../reference/normalize-tables.ts';
import { openDuckDbStore, type SalaryStore } from '../store/index.ts';
import type { AppContext } from './context.ts';
import { ingestFranceTravail } from './ingest-france-travail.ts';

const tables = loadNormalizeTables();

function context(store: SalaryStore, server: ReplayServer, secret = 's3cret'): AppContext {
  const config = readConfig({
    FRANCE_TRAVAIL_CLIENT_ID: 'app-id',
    FRANCE_TRAVAIL_CLIENT_SECRET: secret,
    FRANCE_TRAVAIL_TOKEN_URL: server.tokenUrl,
    FRANCE_TRAVAIL_API_URL: server.apiUrl,
  });
  return { config, store, tables } as AppContext;
}

const window = { since: '2026-11-01', until: '2026-12-01', romeCodes: ['M1405', 'M1811'] };

describe('France Travail connector (against a local replay of the API)', () => {
  let store: SalaryStore;
  let server: ReplayServer;
  before(async () => {
    store = await openDuckDbStore(':memory:');
    server = await startReplayServer({
      clientId: 'app-id',
      clientSecret: 's3cret',
      failures: [429, 503],
    });
  });
  after(async () => {
    await store.close();
    await server.close();
  });

  it('pages through each ROME code, retrying a 429 and a 503, and stores each posting once', async () => {
    const r = await ingestFranceTravail(context(store, server), {
      ...window,
      retryBaseMs: 1,
      pageSize: 2,
    });
    assert.equal(r.retries, 2);
    assert.deepEqual(server.searches.slice(0, 5), [
      'M1405 0-1',
      'M1405 0-1',
      'M1405 0-1',
      'M1405 2-3',
      'M1811 0-1',
    ]);
    const [ds, de] = r.feeds;
    assert.equal(ds?.read, 3);
    assert.equal(de?.read, 2);
    assert.equal(de?.reposts, 1, 'the Bordeaux data engineer offer posted again two weeks later');
    assert.equal(
      r.feeds.reduce((n, f) => n + f.observations, 0),
      3,
    );
    const obs = (await store.listObservations({}, { limit: 10, offset: 0 })).items;
    const yearly = obs.find((o) =>
      o.provenance.location.startsWith('France Travail offer 201WXYZ'),
    );
    assert.equal(yearly?.period, 'year', '"Mensuel de 40000.0 Euros…" holds a yearly amount');
    assert.equal(yearly?.low, 40000);
    assert.equal(yearly?.basis, 'gross');
    assert.match(yearly?.provenance.location ?? '', /looks like a yearly amount/);
    const typo = obs.find((o) => o.provenance.location.startsWith('France Travail offer 201WXZA'));
    assert.equal(typo?.high, 55000, '550000 read as the 55000 it meant');
    assert.equal(yearly?.city, 'Lyon');
    assert.equal(yearly?.country, 'FR');
  });

  it('adds nothing on a second run over the same window', async () => {
    const r = await ingestFranceTravail(context(store, server), {
      ...window,
      retryBaseMs: 1,
      pageSize: 2,
    });
    assert.equal(
      r.feeds.reduce((n, f) => n + f.stored, 0),
      0,
    );
    assert.equal(
      r.feeds.reduce((n, f) => n + f.observations, 0),
      0,
    );
  });

  it('names the variables to fix when the credentials are refused or missing', async () => {
    await assert.rejects(
      ingestFranceTravail(context(store, server, 'wrong'), window),
      /FRANCE_TRAVAIL_CLIENT_SECRET/,
    );
    const ctx = { ...context(store, server), config: readConfig({}) } as AppContext;
    await assert.rejects(
      ingestFranceTravail(ctx, window),
      /needs FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET/,
    );
  });
});
