/**
 * Precision and recall per language (fr, en, de, nl), printed per language: on the cases of
 * src/extract/cases/*.yaml (a fact is right when every key the case writes is right; de and nl
 * read with the language detected, not given) and on the corpora of ../shared/corpora (money
 * amounts; SearchSteward salaries), the unseen text the extractor was not written against.
 * Target: precision ≥ 0.95 and recall ≥ 0.90 for each language of each source. Later German and
 * Dutch sentences (eval/fixtures/extract-heldout-*.yaml) are measured too, without a target.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractSalaries, type ExtractedFact, type Lang } from '../src/extract/index.ts';
import type { EvalTarget, Evaluation } from './evaluation.ts';
import {
  corporaByLanguage,
  precision,
  recall,
  tally,
  type Tally,
} from './corpora/language-scores.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CASES = join(here, '..', 'src', 'extract', 'cases');
const VERBOSE = Boolean(process.env.EXTRACT_EVAL_VERBOSE);

interface Case {
  text: string;
  facts: Record<string, unknown>[];
}

function matches(f: ExtractedFact, want: Record<string, unknown>): boolean {
  const got = f as unknown as Record<string, unknown>;
  return Object.entries(want).every(
    ([k, v]) => k === 'restatements' || JSON.stringify(got[k]) === JSON.stringify(v),
  );
}

/** `lang` null: cases of several languages, read with the language detected. */
function scoreCases(
  lang: Lang | null,
  misses: string[],
  file = join(CASES, `${lang}.yaml`),
): Tally {
  const t = tally();
  const given = lang === 'fr' || lang === 'en';
  const cases = parse(readFileSync(file, 'utf8')) as Case[];
  for (const c of cases) {
    const facts = extractSalaries(c.text, given ? { lang } : {});
    const used = new Set<number>();
    let wrong = facts.length !== c.facts.length;
    for (const want of c.facts) {
      const i = facts.findIndex((f, k) => !used.has(k) && matches(f, want));
      if (i === -1) {
        t.fn += 1;
        wrong = true;
      } else {
        used.add(i);
        t.tp += 1;
      }
    }
    t.fp += facts.length - used.size;
    if (wrong && VERBOSE)
      misses.push(
        `  ${lang ?? 'mixed'}: ${JSON.stringify(c.text)} got ${JSON.stringify(facts.map((f) => [f.low, f.high, f.currency, f.period, f.basis, f.component, f.city]))}`,
      );
  }
  return t;
}

const line = (what: string, t: Tally): string =>
  `${what.padEnd(34)} precision ${precision(t).toFixed(3)}  recall ${recall(t).toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

const evaluation: Evaluation = {
  name: 'extract: precision and recall per language (cases and corpora)',
  async run() {
    const report: string[] = [];
    const targets: EvalTarget[] = [];
    const misses: string[] = [];
    const check = (what: string, t: Tally): void => {
      report.push(line(what, t));
      const ok = precision(t) >= 0.95 && recall(t) >= 0.9;
      targets.push({
        name: `${what}: precision ≥ 0.95 and recall ≥ 0.90`,
        ok,
        measured: `${precision(t).toFixed(3)} / ${recall(t).toFixed(3)}`,
      });
    };
    for (const lang of ['fr', 'en', 'de', 'nl'] as const)
      check(`cases ${lang}.yaml (facts)`, scoreCases(lang, misses));
    for (const [lang, t] of corporaByLanguage()) check(`corpora ${lang} (amounts, salaries)`, t);
    // late sentences: measured once before any fix (see the files' heads), no target
    for (const lang of ['de', 'nl'] as const) {
      const file = join(here, 'fixtures', `extract-heldout-${lang}.yaml`);
      report.push(line(`late cases ${lang} (facts)`, scoreCases(lang, misses, file)));
    }
    const unseen = join(here, 'fixtures', 'extract-unseen.yaml');
    report.push(line('unseen mixed / EU (facts, no fix)', scoreCases(null, misses, unseen)));
    if (VERBOSE) report.push('cases not read exactly:', ...misses);
    return { report, targets };
  },
};

export default evaluation;
