import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSalaries } from './index.ts';

const ROLES = [
  ['data engineer', 'data-engineer', 'Lyon'],
  ['data analyst', 'data-analyst', 'Nantes'],
  ['MLOps engineer', 'mlops-engineer', 'Lille'],
] as const;

/** Job ads, each with its own figure, its heading (role and city) and filler, until `chars`. */
function manyAds(chars: number): { text: string; figures: number[] } {
  const parts: string[] = [];
  const figures: number[] = [];
  let size = 0;
  for (let i = 0; size < chars; i += 1) {
    const figure = 30000 + i;
    const filler =
      'Vous rejoindrez une équipe produit et participerez à la mise en production des modèles. '.repeat(
        1 + (i % 7),
      );
    const [title, , city] = ROLES[i % 3] as (typeof ROLES)[number];
    const ad = `Offre ${i} : ${title} à ${city}\n\n${filler}\n\nSalaire : ${figure} € brut par an.\n\n`;
    parts.push(ad);
    figures.push(figure);
    size += ad.length;
  }
  return { text: parts.join(''), figures };
}

describe('long texts, read piece by piece', () => {
  it('reads every figure of a 1.5 MB text once, with its heading and offsets into the input', () => {
    const { text, figures } = manyAds(1_500_000);
    const facts = extractSalaries(text, { lang: 'fr' });
    assert.deepEqual(
      facts.map((f) => f.low),
      figures,
    );
    facts.forEach((f, i) => {
      const [, role, city] = ROLES[i % 3] as (typeof ROLES)[number];
      assert.equal(f.period, 'year');
      assert.equal(f.basis, 'gross');
      assert.equal(f.role, role, `fact ${i}`);
      assert.equal(f.city, city, `fact ${i}`);
      const e = f.evidence[0];
      assert.ok(e);
      assert.equal(text.slice(e.start, e.end), e.text);
      assert.equal(e.text, `${f.low} €`);
    });
  });

  it('reads a long single line (no line break to cut at) without losing figures', () => {
    const sentence = (i: number) => `Le salaire du poste ${i} est de ${40000 + i} € brut par an. `;
    let text = '';
    let n = 0;
    while (text.length < 1_200_000) text += sentence(n++);
    const facts = extractSalaries(text, { lang: 'fr' });
    assert.equal(facts.length, n);
    assert.deepEqual(
      facts.map((f) => f.low),
      Array.from({ length: n }, (_, i) => 40000 + i),
    );
  });
});
