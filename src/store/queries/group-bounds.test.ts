import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupBounds } from './group-bounds.ts';

const rows = [
  { role_id: 'ml-engineer', country: 'FR', level: 'senior', n: 30n },
  { role_id: 'ml-engineer', country: 'FR', level: 'junior', n: 10n },
  { role_id: 'ml-engineer', country: 'DE', level: 'senior', n: 5n },
  { role_id: 'data-analyst', country: 'FR', level: null, n: 7n },
];

describe('group bounds', () => {
  const bound = groupBounds(rows);

  it('bounds a filter by the cells of the role, country and level it names', () => {
    assert.equal(bound({ role: 'ml-engineer', country: 'FR', level: 'senior' }), 30);
    assert.equal(bound({ role: 'ml-engineer', country: 'FR' }), 40);
    assert.equal(bound({ role: 'ml-engineer' }), 45);
    assert.equal(bound({ country: 'FR' }), 47);
    assert.equal(bound({ level: 'senior' }), 35);
    assert.equal(bound({}), 52);
  });

  it('ignores the other filters, which only narrow the group', () => {
    assert.equal(bound({ role: 'ml-engineer', remote: 'remote', yearFrom: 2024 }), 45);
  });

  it('bounds a combination the cube does not hold by 0', () => {
    assert.equal(bound({ role: 'ml-engineer', country: 'JP' }), 0);
  });
});
