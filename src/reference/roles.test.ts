import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROLE_IDS } from '../domain/roles/index.ts';
import {
  classifyTitle,
  getRole,
  listRoles,
  loadAijobsTitles,
  loadReferentialExtract,
  mapAijobsTitle,
} from './roles.ts';

describe('bundled role taxonomy', () => {
  const extract = loadReferentialExtract();

  it('has every canonical role id, in ROLE_IDS order', () => {
    assert.deepEqual(
      listRoles().map((r) => r.id),
      [...ROLE_IDS],
    );
  });

  it('cites only ROME 4.0 codes present in the bundled referential extract, with their labels', () => {
    for (const role of listRoles()) {
      for (const { code, label } of role.rome)
        assert.equal(extract.rome[code], label, `${role.id}: ROME ${code}`);
      for (const a of role.romeAppellations) {
        assert.deepEqual(
          extract.romeAppellations[a.codeOgr],
          { label: a.label, romeCode: a.romeCode },
          `${role.id}: appellation ${a.codeOgr}`,
        );
        assert.ok(
          extract.rome[a.romeCode],
          `${role.id}: appellation ${a.codeOgr} points to a cited ROME code`,
        );
      }
    }
  });

  it('cites only ESCO occupations present in the bundled extract, with their ISCO group', () => {
    for (const role of listRoles()) {
      for (const e of role.esco) {
        const row = extract.esco[e.uri];
        assert.ok(row, `${role.id}: ESCO ${e.uri} missing from the extract`);
        assert.equal(row.label, e.label);
        assert.equal(row.iscoGroup, e.isco.code);
        assert.match(e.isco.code, /^\d{4}$/);
      }
    }
  });

  it('gives every role but "other" at least one ROME code, one ESCO occupation and a guide in both languages', () => {
    for (const role of listRoles().filter((r) => r.id !== 'other')) {
      assert.ok(role.rome.length > 0 && role.esco.length > 0, role.id);
      assert.ok(role.guide.fr.length > 100 && role.guide.en.length > 100, role.id);
      assert.ok(role.aliases.fr.length > 0 && role.aliases.en.length > 0, role.id);
    }
  });

  it('returns null for an unknown role id', () => {
    assert.equal(getRole('astronaut'), null);
    assert.equal(getRole('ml-engineer')?.name.en, 'Machine learning engineer');
  });
});

describe('aijobs.net title table', () => {
  it('gives a reason for every title mapped to "other"', () => {
    for (const [title, m] of Object.entries(loadAijobsTitles()))
      if (m.role === 'other') assert.ok(m.reason, title);
  });

  it('maps "Applied Scientist" to data-scientist and the generic "Engineer" to other', () => {
    assert.equal(mapAijobsTitle('Applied Scientist'), 'data-scientist');
    assert.equal(mapAijobsTitle('Engineer'), 'other');
    assert.equal(mapAijobsTitle('A title added upstream later'), 'other');
  });

  it('agrees with the title classifier on most of its titles', () => {
    const table = Object.entries(loadAijobsTitles());
    const agree = table.filter(([title, m]) => classifyTitle(title).role === m.role).length;
    assert.ok(agree / table.length > 0.8, `${agree}/${table.length}`);
  });
});
