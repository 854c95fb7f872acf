import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMarketFacts } from './market-facts.ts';

const spans = (text: string, f: { evidence: readonly { start: number; end: number }[] }) =>
  f.evidence.map((e) => text.slice(e.start, e.end));

describe('market facts in articles', () => {
  it('reads "près d’un tiers des annonces proposent du télétravail" as an approximate remote share', () => {
    const text = 'Dans la data, près d’un tiers des annonces proposent du télétravail complet.';
    const [fact, ...rest] = extractMarketFacts(text);
    assert.equal(rest.length, 0);
    assert.equal(fact?.kind, 'share');
    assert.equal(fact?.subject, 'remote');
    assert.ok(Math.abs((fact?.value ?? 0) - 1 / 3) < 1e-12);
    assert.equal(fact?.approximate, true);
    assert.equal(fact?.role, null);
    assert.deepEqual(spans(text, fact!), ['près d’un tiers']);
  });

  it('reads a remote-or-hybrid share and a percentage of job ads stating pay in English', () => {
    const text =
      'Roughly 40% of postings offer remote or hybrid work. Only 18 percent of job ads state a salary range.';
    const facts = extractMarketFacts(text);
    assert.deepEqual(
      facts.map((f) => [f.subject, f.value, f.approximate]),
      [
        ['remote-or-hybrid', 0.4, true],
        ['pay', 0.18, false],
      ],
    );
  });

  it('reads "one in five" and "la moitié" as shares', () => {
    const en = extractMarketFacts('One in five job postings now mentions AI in its description.');
    assert.deepEqual(
      en.map((f) => [f.subject, f.value]),
      [['ai', 0.2]],
    );
    const fr = extractMarketFacts('La moitié des offres affichent un salaire.');
    assert.deepEqual(
      fr.map((f) => [f.subject, f.value]),
      [['pay', 0.5]],
    );
  });

  it('reads a count of job offers with the month it describes', () => {
    const text =
      'On recensait environ 1 200 offres d’emploi de data engineer en mars 2024 sur ces sites.';
    const [fact] = extractMarketFacts(text);
    assert.equal(fact?.kind, 'count');
    assert.equal(fact?.value, 1200);
    assert.equal(fact?.period, '2024-03');
    assert.equal(fact?.role, 'data-engineer');
    assert.equal(fact?.approximate, true);
    assert.deepEqual(spans(text, fact!), ['environ 1 200 offres d’emploi', 'mars 2024']);
  });

  it('reads an English count dated by its year, and no count in a year or a pay figure', () => {
    const [fact, ...rest] = extractMarketFacts('There were about 3,400 open positions in 2023.');
    assert.equal(rest.length, 0);
    assert.deepEqual([fact?.value, fact?.period], [3400, '2023']);
    assert.deepEqual(extractMarketFacts('Le salaire atteint 45 000 euros en 2024.'), []);
  });

  it('reads hubs named in a list near a word about hiring places', () => {
    const text =
      'Les recrutements se concentrent à Lille, Nantes et Toulouse. Hiring hubs include Denver, Salt Lake City and Raleigh.';
    const facts = extractMarketFacts(text);
    assert.deepEqual(
      facts.map((f) => f.places),
      [
        ['Lille', 'Nantes', 'Toulouse'],
        ['Denver', 'Salt Lake City', 'Raleigh'],
      ],
    );
  });

  it('does not take a list of platforms, tools or cities without a hiring cue for hubs', () => {
    assert.deepEqual(
      extractMarketFacts('On recrute sur des plateformes comme Indeed, Welcome et Monster.'),
      [],
    );
    assert.deepEqual(extractMarketFacts('Le salaire varie entre Paris, Lyon et Bordeaux.'), []);
  });
});
