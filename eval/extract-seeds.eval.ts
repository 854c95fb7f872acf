/**
 * The five seed articles (../shared/seeds) against the hand-written expected facts in
 * eval/fixtures/seeds-facts.json: precision and recall of facts (same figures and currency, an
 * overlapping evidence span), attributes (role, level, country, basis, period) on matched facts,
 * and restatements.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSalaries, type ExtractedFact } from '../src/extract/index.ts';
import { SHARED_DIR, type Evaluation } from './evaluation.ts';

interface Span {
  start: number;
  end: number;
  text: string;
}
interface ExpectedFact {
  low: number | null;
  high: number | null;
  currency: string;
  period: string | null;
  basis: string | null;
  component: string;
  employment: string;
  role: string | null;
  level: string | null;
  country: string | null;
  city: string | null;
  evidence: Span[];
  restatements: {
    low: number;
    high: number;
    currency: string;
    period: string | null;
    evidence: Span;
  }[];
}

const ATTRIBUTES = ['role', 'level', 'country', 'basis', 'period'] as const;
const EXTRA = ['component', 'employment', 'city'] as const;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;
const fmt = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

function sameFigure(p: ExtractedFact, e: ExpectedFact): boolean {
  return (
    p.low === e.low &&
    p.high === e.high &&
    p.currency === e.currency &&
    p.evidence.some((x) => e.evidence.some((y) => overlaps(x, y)))
  );
}

const evaluation: Evaluation = {
  name: 'extract: seed articles, facts and attributes',
  async run() {
    const here = dirname(fileURLToPath(import.meta.url));
    const fixture = JSON.parse(readFileSync(join(here, 'fixtures/seeds-facts.json'), 'utf8')) as {
      files: Record<string, ExpectedFact[]>;
    };
    const report: string[] = [];
    let predictedCount = 0;
    let expectedCount = 0;
    let matched = 0;
    let allRight = 0;
    const right: Record<string, number> = {};
    let restExpected = 0;
    let restFound = 0;
    let spansExpected = 0;
    let spansFound = 0;
    for (const [file, expected] of Object.entries(fixture.files)) {
      const path = join(SHARED_DIR, 'seeds', file);
      if (!existsSync(path))
        throw Object.assign(
          new Error(`seed ${path} is missing (expected the five seed articles in ../shared/seeds)`),
          { code: 'missing-seed' },
        );
      const predicted = extractSalaries(readFileSync(path, 'utf8'));
      predictedCount += predicted.length;
      expectedCount += expected.length;
      const used = new Set<number>();
      let fileMatched = 0;
      for (const e of expected) {
        const idx = predicted.findIndex((p, i) => !used.has(i) && sameFigure(p, e));
        if (idx === -1) {
          report.push(
            `  ${file}: MISSED ${e.low}–${e.high} ${e.currency} at ${e.evidence[0]?.start}`,
          );
          continue;
        }
        used.add(idx);
        matched += 1;
        fileMatched += 1;
        const p = predicted[idx] as ExtractedFact;
        let ok = true;
        for (const a of [...ATTRIBUTES, ...EXTRA]) {
          if (p[a] === e[a]) right[a] = (right[a] ?? 0) + 1;
          else {
            if ((ATTRIBUTES as readonly string[]).includes(a)) ok = false;
            report.push(
              `  ${file}: ${e.low}–${e.high} ${e.currency}: ${a} ${String(p[a])} (expected ${String(e[a])})`,
            );
          }
        }
        if (ok) allRight += 1;
        spansExpected += e.evidence.length;
        spansFound += e.evidence.filter((y) => p.evidence.some((x) => overlaps(x, y))).length;
        restExpected += e.restatements.length;
        restFound += e.restatements.filter((r) =>
          p.restatements.some(
            (x) =>
              x.low === r.low &&
              x.currency === r.currency &&
              x.period === r.period &&
              overlaps(x.evidence, r.evidence),
          ),
        ).length;
      }
      predicted.forEach((p, i) => {
        if (!used.has(i))
          report.push(
            `  ${file}: EXTRA ${p.low}–${p.high} ${p.currency} "${p.evidence[0]?.text}" at ${p.evidence[0]?.start}`,
          );
      });
      report.push(
        `${file}: expected ${expected.length}, found ${predicted.length}, matched ${fileMatched}`,
      );
    }
    const precision = predictedCount ? matched / predictedCount : 1;
    const recall = expectedCount ? matched / expectedCount : 1;
    report.push(
      `facts: expected ${expectedCount}, predicted ${predictedCount}, matched ${matched}`,
    );
    for (const a of [...ATTRIBUTES, ...EXTRA])
      report.push(`  ${a.padEnd(10)} right on ${fmt(right[a] ?? 0, matched)} of matched facts`);
    report.push(
      `  repeated statements (evidence spans) found: ${spansFound}/${spansExpected}; restatements found: ${restFound}/${restExpected}`,
    );
    const allShare = matched ? allRight / matched : 0;
    return {
      report,
      targets: [
        {
          name: 'seed facts precision ≥ 0.95',
          ok: precision >= 0.95,
          measured: `${precision.toFixed(3)} (${matched}/${predictedCount})`,
        },
        {
          name: 'seed facts recall ≥ 0.95',
          ok: recall >= 0.95,
          measured: `${recall.toFixed(3)} (${matched}/${expectedCount})`,
        },
        {
          name: 'role, level, country, basis and period all right on ≥ 90% of matched facts',
          ok: allShare >= 0.9,
          measured: `${fmt(allRight, matched)} (${allRight}/${matched})`,
        },
      ],
    };
  },
};

export default evaluation;
