import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findRole } from './roles.ts';

describe('role search', () => {
  it('finds a role by its French or English name, ignoring case and accents', () => {
    assert.equal(findRole('Ingenieur ML'), 'ml-engineer');
    assert.equal(findRole('ML engineer'), 'ml-engineer');
    assert.equal(findRole('data scientist'), 'data-scientist');
  });

  it('accepts a part of a name', () => {
    assert.equal(findRole('mlops'), 'mlops-engineer');
    assert.equal(findRole('chercheur'), 'ai-researcher');
  });

  it('returns null when nothing matches', () => {
    assert.equal(findRole('boulanger'), null);
    assert.equal(findRole('   '), null);
  });
});
