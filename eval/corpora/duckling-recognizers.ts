/**
 * Scorers for the Duckling (amount-of-money, numeral) and Recognizers-Text (currency, number
 * range) corpora, with the baseline figures of ../shared/corpora/BASELINE.md where measured.
 */
import { findNumbers } from '../../src/extract/index.ts';
import {
  amounts,
  lang,
  miss,
  moneyList,
  read,
  scoreRows,
  type FileScore,
} from './corpus-scoring.ts';
import { expectedMoney, sameValue } from './expected-money.ts';

export function duckling(file: string): FileScore[] {
  const rows = read(file);
  const groups = new Map<string, { passed: number; total: number }>();
  for (const r of rows) {
    const e = r.expected as {
      kind?: string;
      value?: number;
      min?: number;
      max?: number;
      currency?: string;
      count?: number;
      start?: number;
      end?: number;
    } | null;
    const check = r.check as string;
    const facts = amounts(r.text ?? '', lang(r));
    let ok: boolean;
    let group: string;
    if (r.latent === true) {
      // latent bare numbers ("5" as money of unknown unit) were left out of the baseline's 121
      group = 'latent';
      ok = facts.length === 1 && facts[0]?.low === e?.value;
    } else if (check === 'no_match') {
      group = 'no_match';
      ok = facts.length === 0;
    } else if (check === 'token_count') {
      group = 'token_count';
      ok = facts.length === e?.count;
    } else if (check === 'single_token_span') {
      group = 'single_token_span';
      const f = facts[0]?.evidence[0];
      ok = facts.length === 1 && f?.start === e?.start && f?.end === e?.end;
    } else {
      group = e?.kind === 'value' ? 'value' : 'interval/above/under';
      const money = (v: number | undefined): number | undefined =>
        v === undefined ? v : expectedMoney(v, e?.currency).value;
      const codes = expectedMoney(0, e?.currency).codes;
      const unknownUnit = e?.currency === 'unknown';
      const f = facts.length === 1 ? facts[0] : undefined;
      const cur = f !== undefined && (unknownUnit || codes.includes(f.currency));
      if (!f || !cur) ok = false;
      else if (e?.kind === 'value')
        ok = sameValue(f.low, money(e.value)) && sameValue(f.high, money(e.value));
      else if (e?.kind === 'interval')
        ok = sameValue(f.low, money(e.min)) && sameValue(f.high, money(e.max));
      else if (e?.kind === 'above') ok = sameValue(f.low, money(e.min)) && f.high === null;
      else ok = f.low === null && sameValue(f.high, money(e?.max));
    }
    const g = groups.get(group) ?? { passed: 0, total: 0 };
    g.total += 1;
    if (ok) g.passed += 1;
    else miss(file, r, e, facts);
    groups.set(group, g);
  }
  const fr = file.includes('_fr');
  const base: Record<string, FileScore['baseline']> = {
    value: fr
      ? { passed: 15, total: 27, note: 'value + currency' }
      : { passed: 67, total: 121, note: 'value + currency' },
    'interval/above/under': { passed: 0, total: fr ? 10 : 20, note: 'no range output' },
  };
  return [...groups].map(([what, g]) => ({ file, what, ...g, baseline: base[what] }));
}

export function recognizers(file: string): FileScore {
  const score = scoreRows(file, 'all results right', (r) => {
    const results = (
      r.expected as {
        results: { value: number | null; unit: string; iso_currency: string | null }[];
      }
    ).results;
    const expected = results.filter((x) => x.value !== null);
    const facts = amounts(r.text ?? '', lang(r));
    const got = moneyList(facts);
    const want = expected.map((x) => expectedMoney(x.value as number, x.unit, x.iso_currency));
    const used = new Set<number>();
    let ok = got.length === want.length;
    for (const w of want) {
      const i = got.findIndex(
        (g, k) => !used.has(k) && w.codes.includes(g.currency) && sameValue(g.value, w.value),
      );
      if (i === -1) ok = false;
      else used.add(i);
    }
    if (!ok)
      miss(
        file,
        r,
        want.map((w) => `${w.value} ${w.codes.join('|')}`),
        facts,
      );
    return ok;
  });
  const fr = file.includes('_fr');
  return {
    ...score,
    baseline: fr
      ? { passed: 103, total: 114, note: "RT's own specs (90.4%)" }
      : { passed: 150, total: 180, note: "RT's own specs (83.3%)" },
  };
}

export function numberRange(file: string): FileScore {
  return scoreRows(file, 'ranges exact (closed ranges only; bounds in words not read)', (r) => {
    const results = (r.expected as { results: { min: number | null; max: number | null }[] })
      .results;
    const got = findNumbers(r.text ?? '').filter((n) => n.isRange);
    return (
      got.length === results.length &&
      results.every((x, i) => got[i]?.low === x.min && got[i]?.high === x.max)
    );
  });
}

export function numeral(file: string): FileScore {
  return scoreRows(file, 'numeral value (numbers as read, no currency)', (r) => {
    const e = r.expected as { value: number };
    const got = findNumbers(r.text ?? '');
    return got.length === 1 && got[0]?.low === e.value;
  });
}
