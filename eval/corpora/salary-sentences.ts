/**
 * Scorer for salary_sentences_fr_en.jsonl: every amount of a sentence and its salary statement
 * exact, per subset, with amount recall and precision and the sentences not read exactly.
 */
import { extractSalaries } from '../../src/extract/index.ts';
import { amounts, amountSet, lang, pct, read, sameList, type FileScore } from './corpus-scoring.ts';

export function salarySentences(file: string): { scores: FileScore[]; failures: string[] } {
  const rows = read(file);
  const failures: string[] = [];
  const bySubset = new Map<
    string,
    {
      passed: number;
      total: number;
      amountsFound: number;
      amountsExpected: number;
      amountsPredicted: number;
    }
  >();
  for (const r of rows) {
    const e = r.expected as {
      amounts: { value: number; currency: string }[];
      salary: {
        min: number | null;
        max: number | null;
        currency: string;
        period: string | null;
        basis: string | null;
        approx: boolean;
      } | null;
    };
    const text = r.text ?? '';
    const got = amountSet(amounts(text, lang(r)));
    const want = e.amounts.map((a) => `${a.value} ${a.currency}`).sort();
    const amountsOk = sameList(got, want);
    const main =
      extractSalaries(text, { lang: lang(r) }).find((f) => f.component !== 'bonus') ?? null;
    const s = e.salary;
    const salaryOk =
      s === null
        ? main === null
        : main !== null &&
          main.low === s.min &&
          main.high === s.max &&
          main.currency === s.currency &&
          (main.periodSource === 'inferred' ? null : main.period) === s.period &&
          main.basis === s.basis &&
          main.approximate === s.approx;
    const subset = r.subset as string;
    const g = bySubset.get(subset) ?? {
      passed: 0,
      total: 0,
      amountsFound: 0,
      amountsExpected: 0,
      amountsPredicted: 0,
    };
    g.total += 1;
    if (amountsOk && salaryOk) g.passed += 1;
    else
      failures.push(
        `  ${r.id}: amounts ${amountsOk ? 'ok' : `[${got.join(', ')}]`} salary ${salaryOk ? 'ok' : JSON.stringify(main && { low: main.low, high: main.high, currency: main.currency, period: main.period, periodSource: main.periodSource, basis: main.basis, approx: main.approximate })}`,
      );
    const left = [...got];
    for (const w of want) {
      const i = left.indexOf(w);
      if (i !== -1) {
        left.splice(i, 1);
        g.amountsFound += 1;
      }
    }
    g.amountsExpected += want.length;
    g.amountsPredicted += got.length;
    bySubset.set(subset, g);
  }
  const scores: FileScore[] = [];
  let passed = 0;
  let total = 0;
  for (const [subset, g] of bySubset) {
    passed += g.passed;
    total += g.total;
    const baseline =
      subset === 'articles'
        ? { passed: 21, total: 32, note: 'amounts exact per sentence (65.6%)' }
        : { passed: 0, total: 11, note: 'exact' };
    scores.push({
      file,
      what: `subset ${subset}: sentences with amounts AND salary statement exact (amount recall ${pct(g.amountsFound, g.amountsExpected)}, precision ${pct(g.amountsFound, g.amountsPredicted)})`,
      passed: g.passed,
      total: g.total,
      baseline,
    });
  }
  scores.push({ file, what: 'all sentences: amounts AND salary statement exact', passed, total });
  return { scores, failures };
}
