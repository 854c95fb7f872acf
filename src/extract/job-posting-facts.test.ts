import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractPageFacts, readPagePostings, reconcilePay } from './job-posting-facts.ts';
import { findJsonLdBlocks } from './json-ld.ts';
import { readJobPosting } from './job-posting.ts';

const posting = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Data Scientist (H/F)',
  identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'A-123' },
  datePosted: '2026-10-02',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
  jobLocation: {
    '@type': 'Place',
    address: { '@type': 'PostalAddress', addressLocality: 'Lyon', addressCountry: 'FR' },
  },
  employmentType: 'FULL_TIME',
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    value: { '@type': 'QuantitativeValue', minValue: 45000, maxValue: 55000, unitText: 'YEAR' },
  },
  description: '<p>Rejoignez notre équipe data.</p>',
  ...extra,
});

const page = (json: unknown, body = '') =>
  `<html><head><!-- <script type="application/ld+json">{"@type":"JobPosting","title":"ghost"}</script> -->
<script type="application/ld+json">${JSON.stringify(json)}</script></head><body>${body}</body></html>`;

describe('JobPosting JSON-LD in HTML pages', () => {
  it('reads a single JobPosting, an array and an @graph, and skips commented-out scripts', () => {
    assert.equal(readPagePostings(page(posting())).postings.length, 1);
    assert.equal(
      readPagePostings(page([posting(), posting({ title: 'ML Engineer' })])).postings.length,
      2,
    );
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, posting()],
    };
    const [p] = readPagePostings(page(graph)).postings;
    assert.equal(p?.fields.title, 'Data Scientist (H/F)');
    assert.equal(p?.fields.identifier, 'A-123');
  });

  it("gives baseSalary's fact the posting's place: the locality as written, its country when none is given", () => {
    const [lyon] = extractPageFacts(page(posting()));
    assert.equal(lyon?.city, 'Lyon');
    assert.equal(lyon?.country, 'FR');
    const zurich = posting({
      jobLocation: { address: { addressLocality: 'Zürich' } },
      baseSalary: { currency: 'CHF', value: { value: 9000, unitText: 'MONTH' } },
    });
    const [fact] = extractPageFacts(page(zurich));
    assert.equal(fact?.city, 'Zürich');
    assert.equal(fact?.country, 'CH');
    assert.equal(fact?.currency, 'CHF');
  });

  it('reads baseSalary as a yearly range whose evidence points into the JSON-LD', () => {
    const html = page(posting());
    const [fact] = extractPageFacts(html);
    assert.equal(fact?.low, 45000);
    assert.equal(fact?.high, 55000);
    assert.equal(fact?.currency, 'EUR');
    assert.equal(fact?.period, 'year');
    const span = fact?.evidence[0];
    assert.ok(span && html.slice(span.start, span.end).startsWith('{"@type":"MonetaryAmount"'));
    const [block] = findJsonLdBlocks(html);
    assert.ok(span.start >= (block?.start ?? 0) && span.end <= (block?.end ?? 0));
  });

  it('counts the same range repeated in the visible text once, with both spans as evidence', () => {
    const html = page(posting(), '<p>Salaire : 45 000 € - 55 000 € brut par an.</p>');
    const facts = extractPageFacts(html);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.evidence.length, 2);
    assert.equal(facts[0]?.basis, 'gross');
  });

  it('flags a description stating another range for the same period, without averaging', () => {
    const html = page(
      posting({ description: 'Rémunération : 40 000 € à 48 000 € brut par an selon profil.' }),
    );
    const [p] = readPagePostings(html).postings;
    assert.equal(p?.pay.fact?.low, 45000);
    assert.match(p?.pay.conflict ?? '', /45000–55000 EUR\/year.*40000–48000 EUR\/year/);
  });

  it('takes the pay from the description when the fields give none', () => {
    const r = reconcilePay(null, []);
    assert.equal(r.fact, null);
    const [p] = readPagePostings(
      page(posting({ baseSalary: undefined, description: 'Salaire 3 200 € brut mensuel.' })),
    ).postings;
    assert.equal(p?.pay.from, 'description');
    assert.equal(p?.pay.fact?.period, 'month');
  });

  it('reports invalid JSON-LD with its place and goes on', () => {
    const html = `<script type="application/ld+json">{"@type": "JobPosting",</script>${page(posting())}`;
    const r = readPagePostings(html);
    assert.equal(r.postings.length, 1);
    assert.match(r.errors[0] ?? '', /invalid JSON-LD at chars \d+-\d+/);
  });
});

describe('JobPosting fields', () => {
  it('maps employmentType, TELECOMMUTE, a bare number salary and a place', () => {
    const f = readJobPosting({
      '@type': 'JobPosting',
      title: 'Stage data',
      employmentType: ['FULL_TIME', 'INTERN'],
      jobLocationType: 'TELECOMMUTE',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'eur',
        value: { value: '1 400', unitText: 'MONTH' },
      },
    });
    assert.equal(f.contract, 'internship');
    assert.equal(f.remote, 'remote');
    assert.deepEqual(f.pay, { low: 1400, high: 1400, currency: 'EUR', period: 'month' });
  });
});
