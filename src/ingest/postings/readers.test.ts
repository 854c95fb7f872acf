import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCsvPostings } from './read-csv.ts';
import { readHtmlPostings } from './read-html.ts';
import type { ReadItem } from './posting-record.ts';
import { hammingDistance, referenceSimHash, simHash } from './simhash.ts';
import { readPayField } from './pay-field.ts';

async function all(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('CSV of postings with named columns', () => {
  it('maps usual column names, quoted multi-line descriptions and a free salary column', async () => {
    const csv = [
      'offer_id,Titre,company,location,published_date,contract_type,salary,description',
      '201A,Data Scientist (H/F),ACME,75 - PARIS 09,2025-12-23T12:11:01.489Z,CDI,Annuel de 45000,"Ligne 1',
      'ligne 2, avec virgule"',
      '201B,Data Engineer,,69 - LYON 03,23/12/2025,Intérim,vide,Texte',
    ].join('\n');
    const items = await all(readCsvPostings(csv, 'offres.csv'));
    assert.equal(items.length, 2);
    const [a, b] = items.map((i) => ('record' in i ? i.record : null));
    assert.equal(a?.fields.identifier, '201A');
    assert.equal(a?.fields.title, 'Data Scientist (H/F)');
    assert.equal(a?.fields.description, 'Ligne 1\nligne 2, avec virgule');
    assert.equal(a?.fields.contract, 'permanent');
    assert.equal(a?.salaryText, 'Annuel de 45000');
    assert.equal(a?.location, 'offres.csv line 3');
    assert.equal(b?.fields.datePosted, '2025-12-23');
    assert.equal(b?.fields.contract, 'fixed-term');
    assert.equal(b?.fields.employer, null);
    assert.equal(b?.salaryText, null, '"vide" is the scraper\'s empty');
  });

  it('names the columns found when there is no title column', async () => {
    const [item] = await all(readCsvPostings('id,name_of_job\n1,x\n', 'bad.csv'));
    assert.ok(item && 'bad' in item);
    assert.match(item.bad.message, /no title column among "id", "name_of_job"/);
  });

  it('reports a record it cannot parse with its line and goes on', async () => {
    const csv = 'title,description\nA,"ok"\nB,"broken "quote" here"\nC,fine\n';
    const items = await all(readCsvPostings(csv, 'q.csv'));
    assert.deepEqual(
      items.map((i) => ('record' in i ? i.record.fields.title : `bad line ${i.bad.line}`)),
      ['A', 'bad line 3', 'C'],
    );
  });
});

describe('HTML pages', () => {
  it('says so when a page carries no JobPosting', () => {
    const [item] = readHtmlPostings('<html><body>Data Scientist</body></html>', 'p.html');
    assert.ok(item && 'bad' in item);
    assert.match(item.bad.message, /no JobPosting JSON-LD/);
  });
});

describe('SimHash', () => {
  const text =
    'Vous concevez des modèles de prévision, les mettez en production avec les ingénieurs de la plateforme et présentez vos résultats aux équipes métier chaque semaine. Vous participez à la veille technique et encadrez un stagiaire.';
  it('keeps near-identical texts a few bits apart and unrelated ones far', () => {
    const a = simHash(text) as string;
    const b = simHash(`${text} Poste à pourvoir rapidement.`) as string;
    const c = simHash(
      'Nous recherchons un comptable pour tenir la paie, les déclarations fiscales et la relation avec les banques de nos filiales européennes.',
    ) as string;
    assert.match(a, /^[0-9a-f]{16}$/);
    assert.ok(hammingDistance(a, b) <= 6, `near: ${hammingDistance(a, b)}`);
    assert.ok(hammingDistance(a, c) >= 16, `far: ${hammingDistance(a, c)}`);
    assert.equal(simHash('trop court'), null);
  });

  it('gives every text the hash of its definition (lower-cased words by regular expression)', () => {
    // Upper and lower case, accents, ß and ẞ, the Kelvin sign (lower-cases to k), İ (to two
    // code units), Greek sigma, an emoji, digits, punctuation and spaces.
    const pieces = [
      'Data',
      'ÉCOLE',
      'été',
      'ß',
      'ẞ',
      'K',
      'İstanbul',
      'ΣΟΦΙΑ',
      '😀',
      '45',
      'k€',
      ' ',
      ', ',
      '—',
      "l'",
      'Œuvre',
      'ǅ',
      '\n',
    ];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let t = 0; t < 300; t += 1) {
      const parts: string[] = [];
      const length = Math.floor(next() * 60);
      for (let i = 0; i < length; i += 1) {
        parts.push(pieces[Math.floor(next() * pieces.length)] as string);
        parts.push(next() < 0.6 ? ' ' : '');
      }
      const text = parts.join('');
      assert.equal(simHash(text), referenceSimHash(text), JSON.stringify(text));
    }
    assert.equal(simHash(text), referenceSimHash(text));
  });
});

describe('pay fields', () => {
  it('reads a France Travail libellé, correcting a yearly figure labelled "Mensuel" and a ×10 typo', () => {
    const ok = readPayField('Annuel de 45000,00 Euros à 55000,00 Euros sur 12 mois');
    assert.deepEqual(
      [ok.fact?.low, ok.fact?.high, ok.fact?.period, ok.correction],
      [45000, 55000, 'year', null],
    );
    const yearly = readPayField('Mensuel de 40000.0 Euros à 50000.0 Euros sur 12.0 mois');
    assert.equal(yearly.fact?.period, 'year');
    assert.match(yearly.correction ?? '', /looks like a yearly amount/);
    const typo = readPayField('Annuel de 45000,00 Euros à 550000,00 Euros sur 12 mois');
    assert.equal(typo.fact?.high, 55000);
    assert.equal(readPayField('Selon profil').fact, null);
  });
});
