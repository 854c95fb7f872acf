import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadRoleTaxonomy } from './roles.ts';
import { closestRoles } from '../domain/roles/index.ts';

describe('closest roles of a title that matched none', () => {
  it('offers data scientist for a misspelt "data sientist"', () => {
    const r = closestRoles('data sientist', loadRoleTaxonomy());
    assert.equal(r.close, true);
    assert.equal(r.roles[0], 'data-scientist');
  });

  it('says nothing is close for "boulanger" and offers the common roles instead', () => {
    const r = closestRoles('boulanger', loadRoleTaxonomy());
    assert.equal(r.close, false);
    assert.deepEqual(r.roles, ['data-scientist', 'data-engineer', 'ml-engineer']);
  });
});
