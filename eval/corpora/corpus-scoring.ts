/**
 * What every corpus scorer of extract-corpora.eval.ts shares: reading a JSONL file of
 * ../shared/corpora, running our extractor on a row, a file's score, and the failing cases kept
 * for EXTRACT_EVAL_VERBOSE=1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSalaries, type ExtractedFact } from '../../src/extract/index.ts';
import { SHARED_DIR } from '../evaluation.ts';

export type Row = Record<string, unknown> & {
  id: string;
  lang: string;
  text: string | null;
  expected: unknown;
};
export const read = (name: string): Row[] =>
  readFileSync(join(SHARED_DIR, 'corpora', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
export const lang = (r: Row): 'fr' | 'en' => (r.lang === 'fr' ? 'fr' : 'en');
export const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
/** EXTRACT_EVAL_VERBOSE=1 prints every failing case of the money corpora (text, expected, read). */
export const VERBOSE = Boolean(process.env.EXTRACT_EVAL_VERBOSE);
export const misses: string[] = [];
export function miss(file: string, r: Row, want: unknown, got: readonly ExtractedFact[]): void {
  if (!VERBOSE) return;
  const read = got.map((f) => `${f.low}..${f.high} ${f.currency}`).join(', ');
  misses.push(
    `  ${file} ${r.id}: ${JSON.stringify(r.text)} want ${JSON.stringify(want)} got [${read}]`,
  );
}

/** Every amount a text states (ranges give both ends), with open bounds, pay or not. */
export function amounts(text: string, l: 'fr' | 'en'): ExtractedFact[] {
  return extractSalaries(text, { lang: l, everyAmount: true });
}
export function amountSet(facts: readonly ExtractedFact[]): string[] {
  const out: string[] = [];
  for (const f of facts) {
    const values = f.low === f.high ? [f.low] : [f.low, f.high];
    for (const v of values) if (v !== null) out.push(`${v} ${f.currency}`);
  }
  return out.sort();
}
export function moneyList(facts: readonly ExtractedFact[]): { value: number; currency: string }[] {
  const out: { value: number; currency: string }[] = [];
  for (const f of facts) {
    const values = f.low === f.high ? [f.low] : [f.low, f.high];
    for (const v of values) if (v !== null) out.push({ value: v, currency: f.currency });
  }
  return out;
}
export const sameList = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export interface FileScore {
  file: string;
  what: string;
  passed: number;
  total: number;
  baseline?: { passed: number; total: number; note: string };
}

/** A file scored row by row: the rows `passes` holds for, out of all of them. */
export function scoreRows(file: string, what: string, passes: (r: Row) => boolean): FileScore {
  const rows = read(file);
  let passed = 0;
  for (const r of rows) if (passes(r)) passed += 1;
  return { file, what, passed, total: rows.length };
}
