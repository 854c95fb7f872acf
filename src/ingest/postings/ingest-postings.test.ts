import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Source } from '../../domain/index.ts';
import { loadFxTable } from '../../reference/fx.ts';
import { classifyTitle } from '../../reference/roles.ts';
import { loadWorkingTime } from '../../reference/working-time.ts';
import { openDuckDbStore, type SalaryStore } from '../../store/index.ts';
import { ingestPostings, type PostingIngestOptions } from './ingest-postings.ts';
import type { ReadItem } from './posting-record.ts';
import { readJsonLines } from './read-json-lines.ts';

const tables = { fx: loadFxTable(), workingTime: loadWorkingTime() };
const source: Source = {
  id: 'feed-test',
  title: 'Test feed',
  publisher: 'tests',
  licence: 'unknown',
  date: '2026-10-01',
  url: null,
  kind: 'posting',
  evidenceShareable: false,
};
const options = (extra: Partial<PostingIngestOptions> = {}): PostingIngestOptions => ({
  source,
  feed: 'test:feed.jsonl',
  context: { classify: (t) => classifyTitle(t), tables },
  now: () => new Date('2026-12-01T09:00:00Z'),
  ...extra,
});

const text = [
  'Au sein de notre équipe data à Lyon, vous concevez des modèles de machine learning pour la prévision de la demande.',
  'Vous industrialisez les pipelines de données avec les ingénieurs de la plateforme et suivez leur qualité en production.',
  'Vous accompagnez les équipes métier dans leurs usages, présentez vos résultats et proposez de nouveaux cas d’usage.',
  'Profil : diplômé d’une école d’ingénieurs ou d’un master en statistiques, vous avez trois ans d’expérience en Python.',
  'Nous offrons un cadre de travail souple, deux jours de télétravail par semaine et une mutuelle prise en charge à 80 %.',
].join(' ');
const posting = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: id,
    title: 'Data Scientist (H/F)',
    description: text,
    datePosted: '2026-10-02',
    hiringOrganization: { '@type': 'Organization', name: 'Acme SAS' },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Lyon', addressCountry: 'FR' } },
    employmentType: 'FULL_TIME',
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 45000, maxValue: 55000, unitText: 'YEAR' },
    },
    ...extra,
  });

const feed = [
  posting('A-1'),
  posting('A-1'),
  '{"@type": "JobPosting", "title": ',
  // the same job reposted under another identifier ten days later, one word changed
  posting('A-2', {
    datePosted: '2026-10-12',
    description: text.replace('prévision', 'prédiction'),
  }),
  posting('B-1', {
    title: 'Data Engineer',
    description:
      'Construire la plateforme de données, les flux temps réel et la qualité des données.',
    baseSalary: undefined,
  }),
  posting('C-1', { title: 'Machine Learning Engineer', jobLocationType: 'TELECOMMUTE' }),
];

async function* crashAfter(items: AsyncIterable<ReadItem>, n: number): AsyncGenerator<ReadItem> {
  let i = 0;
  for await (const item of items) {
    if (i === n) throw new Error('killed');
    i += 1;
    yield item;
  }
}

describe('ingesting a JobPosting feed', () => {
  let store: SalaryStore;
  before(async () => {
    store = await openDuckDbStore(':memory:');
  });
  after(async () => store.close());

  it('stores each posting once, a repost as a second sighting, and reports the bad line', async () => {
    const r = await ingestPostings(store, readJsonLines(feed, 'feed.jsonl'), options());
    assert.equal(r.read, 5);
    assert.equal(r.stored, 4);
    assert.equal(r.resent, 1);
    assert.equal(r.reposts, 1);
    assert.equal(r.observations, 2, 'pay of A and C, once each (not of the repost A-2)');
    assert.equal(r.bad.length, 1);
    assert.equal(r.bad[0]?.line, 3);
    assert.match(r.bad[0]?.message ?? '', /feed\.jsonl line 3: invalid JSON/);
    const keys = await store.postingSightingKeys();
    assert.equal(new Set(keys.map((k) => k.postingId)).size, 3);
    const obs = await store.listObservations({}, { limit: 10, offset: 0 });
    const a = obs.items.find((o) => o.rawTitle === 'Data Scientist (H/F)');
    assert.equal(a?.provenance.kind, 'posting');
    assert.equal(a?.roleId, 'data-scientist');
    assert.equal(a?.city, 'Lyon');
    assert.equal(a?.low, 45000);
    assert.equal(a?.provenance.location, 'feed.jsonl line 1');
    assert.match(
      feed[0]?.slice(a?.provenance.evidence[0]?.start, a?.provenance.evidence[0]?.end) ?? '',
      /^\{"@type":"MonetaryAmount"/,
    );
    assert.ok(a?.valueYearEur !== null);
  });

  it('adds nothing when the same feed is sent again', async () => {
    const r = await ingestPostings(
      store,
      readJsonLines(feed, 'feed.jsonl'),
      options({ fromStart: true }),
    );
    assert.equal(r.stored, 0);
    assert.equal(r.resent, 5);
    assert.equal(r.observations, 0);
  });

  it('resumes after a crash from its cursor, losing and duplicating nothing', async () => {
    const other = await openDuckDbStore(':memory:');
    try {
      await assert.rejects(
        ingestPostings(
          other,
          crashAfter(readJsonLines(feed, 'feed.jsonl'), 4),
          options({ batchSize: 2 }),
        ),
        /killed/,
      );
      assert.equal(await other.feedCursor('test:feed.jsonl'), '{"records":4}');
      const r = await ingestPostings(
        other,
        readJsonLines(feed, 'feed.jsonl'),
        options({ batchSize: 2 }),
      );
      assert.equal(r.resumedAfter, 4);
      const sorted = (k: { id: string; postingId: string }[]) =>
        k.map((x) => `${x.id}>${x.postingId}`).sort();
      assert.deepEqual(
        sorted(await other.postingSightingKeys()),
        sorted(await store.postingSightingKeys()),
      );
      assert.equal(await other.countObservations(), await store.countObservations());
    } finally {
      await other.close();
    }
  });

  it('reads a description’s pay written without a currency in the currency of the posting’s country', async () => {
    const other = await openDuckDbStore(':memory:');
    try {
      const lines = [
        posting('P-1', { baseSalary: undefined, description: `${text} Salaire : 45-55k selon profil.` }),
        posting('P-2', {
          baseSalary: undefined,
          description: `${text} Compensation: 120k-150k base.`,
          jobLocation: { address: { addressLocality: 'Austin', addressCountry: 'US' } },
        }),
        // an English text with no country: no currency is made up
        posting('P-3', { baseSalary: undefined, description: 'You will build data pipelines and models for our product teams, with care for quality. Salary: 80k.', jobLocation: undefined }),
      ];
      const r = await ingestPostings(other, readJsonLines(lines, 'p.jsonl'), options({ feed: 'test:p' }));
      assert.equal(r.observations, 2);
      const page = await other.listObservations({}, { limit: 10, offset: 0 });
      assert.deepEqual(
        page.items.map((o) => [o.low, o.high, o.currency, o.country]).sort(),
        [[120_000, 150_000, 'USD', 'US'], [45_000, 55_000, 'EUR', 'FR']],
      );
    } finally {
      await other.close();
    }
  }); // prettier-ignore
});
