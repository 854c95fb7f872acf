import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeTitle } from './normalize-title.ts';

describe('title normalisation', () => {
  it('removes gender marks in all their written forms', () => {
    assert.equal(normalizeTitle('Ingénieur(e) Data (H/F)'), 'engineer data');
    assert.equal(normalizeTitle('Chargé.e de statistiques F/H'), 'charge de statistics');
    assert.equal(normalizeTitle('Développeur·se IA - (F/H/NB)'), 'developer ai');
    assert.equal(normalizeTitle('Ingénieure IA'), normalizeTitle('Ingénieur IA'));
  });

  it('brings French and English names of the same job together', () => {
    assert.equal(normalizeTitle('Ingénieur en intelligence artificielle'), 'engineer en ai');
    assert.equal(normalizeTitle('Scientifique des données'), 'data scientist');
    assert.equal(normalizeTitle('Datascientist'), 'data scientist');
    assert.equal(normalizeTitle('Ingénieur vision par ordinateur'), 'engineer computer vision');
    assert.equal(normalizeTitle('Chef de projet décisionnel'), 'project manager bi');
  });

  it('gives an empty string for an empty or punctuation-only title', () => {
    assert.equal(normalizeTitle('  '), '');
    assert.equal(normalizeTitle('(H/F)'), '');
  });
});
