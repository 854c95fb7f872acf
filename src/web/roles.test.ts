import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findRole, roleNamer, type RoleItem } from './roles.ts';

const items = [
  {
    id: 'ml-engineer',
    name: { fr: 'Ingénieur machine learning', en: 'Machine learning engineer' },
  },
  { id: 'mlops-engineer', name: { fr: 'Ingénieur MLOps', en: 'MLOps engineer' } },
  { id: 'ai-researcher', name: { fr: 'Chercheur en IA', en: 'AI researcher' } },
  { id: 'data-scientist', name: { fr: 'Data scientist', en: 'Data scientist' } },
] as RoleItem[];

describe('role names from the roles list', () => {
  it('names a role in the reader’s language', () => {
    assert.equal(roleNamer(items, 'fr')('ml-engineer'), 'Ingénieur machine learning');
    assert.equal(roleNamer(items, 'en')('ml-engineer'), 'Machine learning engineer');
  });

  it('shows the id while the list is not there, or for a role it does not hold', () => {
    assert.equal(roleNamer(null, 'fr')('ml-engineer'), 'ml-engineer');
    assert.equal(roleNamer(items, 'fr')('head-of-ai'), 'head-of-ai');
  });
});

describe('role search', () => {
  it('finds a role by its French or English name, ignoring case and accents', () => {
    assert.equal(findRole('ingenieur MACHINE learning', items), 'ml-engineer');
    assert.equal(findRole('Machine learning engineer', items), 'ml-engineer');
    assert.equal(findRole('data scientist', items), 'data-scientist');
    assert.equal(findRole('ml-engineer', items), 'ml-engineer');
  });

  it('accepts the start of each word of a name', () => {
    assert.equal(findRole('mlops', items), 'mlops-engineer');
    assert.equal(findRole('chercheur', items), 'ai-researcher');
    assert.equal(findRole('ingé machine', items), 'ml-engineer');
  });

  it('returns null when nothing matches, leaving the classifier to try', () => {
    assert.equal(findRole('ingénieur ml', items), null);
    assert.equal(findRole('boulanger', items), null);
    assert.equal(findRole('   ', items), null);
  });
});
