/**
 * Precision and recall per language: money amounts of the corpora that list them (Duckling
 * values and intervals, Recognizers-Text currency results, the salary sentences) counted amount
 * by amount, and SearchSteward's salaries counted row by row (a salary read where none is
 * asserted, or a wrong one, is a false positive).
 */
import type { ExtractedFact } from '../../src/extract/index.ts';
import { amounts, lang, moneyList, read } from './corpus-scoring.ts';
import { expectedMoney, sameValue } from './expected-money.ts';
import { searchstewardSalary } from './parser-suites.ts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
export const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
export const precision = (t: Tally): number => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Tally): number => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);

interface Want {
  value: number;
  codes: string[];
}

/** Matches expected amounts to read ones, one to one, and counts both sides. */
function countAmounts(into: Tally, want: Want[], facts: readonly ExtractedFact[]): void {
  const got = moneyList(facts);
  const used = new Set<number>();
  for (const w of want) {
    const i = got.findIndex(
      (g, k) => !used.has(k) && w.codes.includes(g.currency) && sameValue(g.value, w.value),
    );
    if (i === -1) into.fn += 1;
    else {
      used.add(i);
      into.tp += 1;
    }
  }
  into.fp += got.length - used.size;
}

function perLang(): Map<string, Tally> {
  return new Map([
    ['fr', tally()],
    ['en', tally()],
  ]);
}

export function corporaByLanguage(): Map<string, Tally> {
  const out = perLang();
  const at = (l: string): Tally => out.get(l) as Tally;
  for (const file of ['duckling_amount_of_money_fr.jsonl', 'duckling_amount_of_money_en.jsonl'])
    for (const r of read(file)) {
      const e = r.expected as {
        kind?: string;
        value?: number;
        min?: number;
        max?: number;
        currency?: string;
      } | null;
      if (r.latent === true || r.check !== 'full_match' || !e || e.currency === 'unknown') continue;
      const codes = expectedMoney(0, e.currency).codes;
      const values = [e.value, e.min, e.max].filter((v): v is number => v !== undefined);
      const want = values.map((v) => ({ value: expectedMoney(v, e.currency).value, codes }));
      countAmounts(at(lang(r)), want, amounts(r.text ?? '', lang(r)));
    }
  for (const file of ['recognizers_text_currency_fr.jsonl', 'recognizers_text_currency_en.jsonl'])
    for (const r of read(file)) {
      const results = (
        r.expected as {
          results: { value: number | null; unit: string; iso_currency: string | null }[];
        }
      ).results;
      const want = results
        .filter((x) => x.value !== null)
        .map((x) => expectedMoney(x.value as number, x.unit, x.iso_currency));
      countAmounts(at(lang(r)), want, amounts(r.text ?? '', lang(r)));
    }
  for (const r of read('salary_sentences_fr_en.jsonl')) {
    const e = r.expected as { amounts: { value: number; currency: string }[] };
    const want = e.amounts.map((a) => ({ value: a.value, codes: [a.currency] }));
    countAmounts(at(lang(r)), want, amounts(r.text ?? '', lang(r)));
  }
  const en = at('en');
  for (const r of read('searchsteward_salary_parser_en.jsonl')) {
    const { expected, got, ok } = searchstewardSalary(r);
    if (ok && expected !== null) en.tp += 1;
    else {
      if (got !== null) en.fp += 1;
      if (expected !== null) en.fn += 1;
    }
  }
  return out;
}
