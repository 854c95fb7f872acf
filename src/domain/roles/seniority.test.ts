import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectSeniority, levelFromYears, yearsOfExperience } from './seniority.ts';

describe('seniority', () => {
  it('reads the level words of French and English titles', () => {
    const cases: [string, string | null][] = [
      ['Data Scientist Senior (H/F)', 'senior'],
      ['Data analyst confirmé', 'mid'],
      ['Data analyst expérimenté.e (H/F)', 'senior'],
      ['Data scientist débutant NLP', 'junior'],
      ['Staff Machine Learning Engineer', 'expert'],
      ['Lead Data Engineer', 'lead'],
      ['Head of AI', 'lead'],
      ['Directeur Data & IA', 'lead'],
      ['Stage Data Scientist', 'intern'],
      ['Alternance Développeur IA', 'intern'],
      ['Product Manager', null],
      ['Ingénieur apprentissage automatique', null],
    ];
    for (const [title, level] of cases) assert.equal(detectSeniority(title).level, level, title);
  });

  it('lets an internship word win over any other level word', () => {
    assert.equal(detectSeniority('Stage - Senior Data Scientist').level, 'intern');
  });

  it('reads "5 ans d\'expérience" and "3+ years of experience" as years', () => {
    assert.equal(yearsOfExperience("Vous avez 5 ans d'expérience en Python"), 5);
    assert.equal(yearsOfExperience('3+ years of experience with Spark'), 3);
    assert.equal(yearsOfExperience('Expérience de 2 à 4 ans sur un poste similaire'), 2);
    assert.equal(yearsOfExperience('Une première expérience est un plus'), null);
  });

  it('turns years into levels at 3, 6 and 10 years', () => {
    assert.deepEqual([0, 2, 3, 5, 6, 9, 10, 15].map(levelFromYears), [
      'junior',
      'junior',
      'mid',
      'mid',
      'senior',
      'senior',
      'expert',
      'expert',
    ]);
  });

  it('uses stated years when the title has no level word', () => {
    const r = detectSeniority('Ingénieur Machine Learning', "Minimum 6 ans d'expérience");
    assert.deepEqual([r.level, r.years], ['senior', 6]);
  });
});
