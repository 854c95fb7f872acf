import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textDate } from './text-date.ts';

describe('the date a text gives itself', () => {
  it('reads "Publié le 12 mars 2024" and prefers it to other dates', () => {
    assert.equal(
      textDate('En 2020-01-01 déjà… Publié le 12 mars 2024 par la rédaction.'),
      '2024-03-12',
    );
  });
  it('reads ISO, day/month/year and English dates', () => {
    assert.equal(textDate('Updated: 2025-06-01'), '2025-06-01');
    assert.equal(textDate('Mis à jour le 03/02/2025'), '2025-02-03');
    assert.equal(textDate('Published March 5, 2024'), '2024-03-05');
    assert.equal(textDate('le 1er août 2023'), '2023-08-01');
  });
  it('finds none in a text without a date, and refuses impossible days', () => {
    assert.equal(textDate('Salaire : 45 000 € par an.'), null);
    assert.equal(textDate('le 31 février 2024'), null);
  });
});
