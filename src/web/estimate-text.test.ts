import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EstimateResponse } from '../contract/index.ts';
import { factorLabel, freelanceFailureKey } from './estimate-text.ts';
import { makeI18n } from './i18n/context.ts';

const profile: EstimateResponse['profile'] = {
  role: 'ml-engineer',
  roleFromTitle: null,
  level: 'senior',
  country: 'FR',
  city: null,
  remote: null,
  companySize: 'large',
  employment: null,
  sector: null,
  ignored: [],
};
const names = (id: string) => (id === 'ml-engineer' ? 'Ingénieur machine learning' : id);
const fr = makeI18n('fr');
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('estimate factor labels', () => {
  it('names each waterfall factor with the profile’s value in French', () => {
    const labels = [
      { factor: 'base', label: 'base: all observations in FR, paid in EUR', value: 1 },
      { factor: 'role', label: 'role: ml-engineer', value: 1 },
      { factor: 'level', label: 'level: senior', value: 1 },
      { factor: 'place', label: 'place: employer in US', value: 1 },
      { factor: 'company-size', label: 'company size: large', value: 1 },
      { factor: 'year', label: 'year: 2027 (as 2025, the last year trained on)', value: 1 },
      { factor: 'spread', label: 'median of the spread around the typical pay', value: 1 },
    ].map((c) => factorLabel(c, profile, fr, names));
    assert.deepEqual(labels.map(nbsp), [
      'Base : France, tous métiers et niveaux',
      'Métier : Ingénieur machine learning',
      'Niveau : Senior',
      'Employeur : États-Unis',
      'Taille d’entreprise : Grande (> 250)',
      'Année : 2027',
      'Dispersion autour du salaire type',
    ]);
  });

  it('starts from every observation when no country is named', () => {
    const anywhere = { ...profile, country: null };
    assert.equal(
      factorLabel(
        { factor: 'base', label: 'base: all observations', value: 1 },
        anywhere,
        fr,
        names,
      ),
      'Base (toutes observations)',
    );
    assert.equal(
      factorLabel({ factor: 'place', label: 'place: any', value: 1 }, anywhere, fr, names),
      'Lieu : Indifférent',
    );
  });

  it('says when the role was read from a job title', () => {
    const fromTitle = {
      ...profile,
      roleFromTitle: { title: 'Senior ML Eng', confidence: 0.9, matched: true, closest: [] },
    };
    assert.equal(
      factorLabel({ factor: 'role', label: 'title: …', value: 1 }, fromTitle, fr, names),
      'Métier : Intitulé « Senior ML Eng » (Ingénieur machine learning)',
    );
  });
});

describe('freelance failures', () => {
  it('reads a micro-entreprise failing alone as its revenue ceiling', () => {
    assert.equal(freelanceFailureKey('micro', false), 'note.aboveCeiling');
  });

  it('reads every status failing as a figure outside the rules', () => {
    assert.equal(freelanceFailureKey('micro', true), 'note.outOfRange');
    assert.equal(freelanceFailureKey('sasu', false), 'note.outOfRange');
  });
});
