import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapAijobsTitle, parseAijobsTitleTable } from './aijobs-titles.ts';

describe('aijobs.net title table', () => {
  it('maps a known title and sends an unknown one to "other"', () => {
    const table = parseAijobsTitleTable({ 'Data Scientist': { role: 'data-scientist' } });
    assert.equal(mapAijobsTitle(' Data Scientist ', table), 'data-scientist');
    assert.equal(mapAijobsTitle('Astronaut', table), 'other');
  });

  it('rejects an unknown role id, naming the title', () => {
    assert.throws(
      () => parseAijobsTitleTable({ Pilot: { role: 'pilot' } }),
      /"Pilot" maps to unknown role "pilot"/,
    );
  });

  it('rejects "other" without a reason', () => {
    assert.throws(() => parseAijobsTitleTable({ Engineer: { role: 'other' } }), {
      code: 'role-data',
    });
  });
});
