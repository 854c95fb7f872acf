import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractSalaries, findMoneyAmounts, type ExtractedFact } from './index.ts';

interface Case {
  text: string;
  facts: Record<string, unknown>[];
}

const here = dirname(fileURLToPath(import.meta.url));

/** Compares only the keys the case writes; restatements are compared the same way, item by item. */
function check(actual: ExtractedFact, expected: Record<string, unknown>, where: string): void {
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'restatements') {
      const list = value as Record<string, unknown>[];
      assert.equal(
        actual.restatements.length,
        list.length,
        `${where}: restatements ${JSON.stringify(actual.restatements)}`,
      );
      list.forEach((r, i) => {
        for (const [k, v] of Object.entries(r))
          assert.deepEqual(
            (actual.restatements[i] as unknown as Record<string, unknown>)[k],
            v,
            `${where}: restatement ${i} ${k}`,
          );
      });
      continue;
    }
    assert.deepEqual(
      (actual as unknown as Record<string, unknown>)[key],
      value,
      `${where}: ${key} in ${JSON.stringify({ ...actual, evidence: undefined, restatements: undefined })}`,
    );
  }
}

// fr and en cases are read with the language given; de, nl and eu (other EU languages) ones with
// it detected
for (const [lang, given] of [
  ['fr', true],
  ['en', true],
  ['de', false],
  ['nl', false],
  ['eu', false],
] as const) {
  const cases = parse(readFileSync(join(here, 'cases', `${lang}.yaml`), 'utf8')) as Case[];
  describe(`extraction cases (${lang}.yaml)`, () => {
    for (const c of cases) {
      it(`reads ${JSON.stringify(c.text.length > 90 ? `${c.text.slice(0, 90)}…` : c.text)}`, () => {
        const facts = extractSalaries(c.text, given ? { lang } : {});
        assert.equal(
          facts.length,
          c.facts.length,
          `facts: ${JSON.stringify(facts.map((f) => [f.low, f.high, f.currency, f.component, f.evidence[0]?.text]))}`,
        );
        c.facts.forEach((expected, i) => check(facts[i] as ExtractedFact, expected, `fact ${i}`));
        for (const f of facts)
          for (const e of f.evidence)
            assert.equal(c.text.slice(e.start, e.end), e.text, 'evidence offsets index the input');
      });
    }
  });
}

interface MoneyCase {
  lang: 'fr' | 'en';
  text: string;
  amounts: [number, number, string][];
}

const moneyCases = parse(readFileSync(join(here, 'cases', 'money.yaml'), 'utf8')) as MoneyCase[];
describe('money amounts as written (money.yaml)', () => {
  for (const c of moneyCases) {
    it(`reads the amounts of ${JSON.stringify(c.text)}`, () => {
      const found = findMoneyAmounts(c.text, c.lang);
      assert.deepEqual(
        found.map((a) => [a.low, a.high, a.currency]),
        c.amounts,
      );
      for (const a of found)
        assert.equal(c.text.slice(a.evidence.start, a.evidence.end), a.evidence.text);
    });
  }
});
