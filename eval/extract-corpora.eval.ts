/**
 * Every file of ../shared/corpora scored with amount and currency exact, printed next to the
 * Recognizers-Text baseline of ../shared/corpora/BASELINE.md where it was measured.
 * The GPL datagica file is only read here at eval time (nothing from it is copied).
 */
import type { Evaluation, EvalTarget } from './evaluation.ts';
import { misses, pct, VERBOSE, type FileScore } from './corpora/corpus-scoring.ts';
import { duckling, numberRange, numeral, recognizers } from './corpora/duckling-recognizers.ts';
import { datagica, priceParser, searchsteward } from './corpora/parser-suites.ts';
import { salarySentences } from './corpora/salary-sentences.ts';

const evaluation: Evaluation = {
  name: 'extract: money and salary corpora, next to the Recognizers-Text baseline',
  async run() {
    const scores: FileScore[] = [];
    scores.push(
      ...duckling('duckling_amount_of_money_fr.jsonl'),
      ...duckling('duckling_amount_of_money_en.jsonl'),
    );
    scores.push(numeral('duckling_numeral_fr.jsonl'));
    scores.push(
      recognizers('recognizers_text_currency_fr.jsonl'),
      recognizers('recognizers_text_currency_en.jsonl'),
    );
    scores.push(
      numberRange('recognizers_text_number_range_fr.jsonl'),
      numberRange('recognizers_text_number_range_en.jsonl'),
    );
    scores.push(...priceParser('price_parser.jsonl'));
    scores.push(searchsteward('searchsteward_salary_parser_en.jsonl'));
    scores.push(datagica('datagica_parse_compensation.jsonl'));
    const sentences = salarySentences('salary_sentences_fr_en.jsonl');
    scores.push(...sentences.scores);
    const report = scores.map(
      (s) =>
        `${s.file.padEnd(40)} ${pct(s.passed, s.total).padStart(6)} (${s.passed}/${s.total})  ${s.what}` +
        (s.baseline
          ? `  | baseline ${pct(s.baseline.passed, s.baseline.total)} (${s.baseline.note})`
          : '  | baseline not measured'),
    );
    report.push('salary sentences not exact:', ...sentences.failures);
    if (VERBOSE) report.push('money corpora cases not right:', ...misses);
    const targets: EvalTarget[] = scores
      .filter((s) => s.baseline)
      .map((s) => {
        const b = s.baseline as NonNullable<FileScore['baseline']>;
        const ours = s.total ? s.passed / s.total : 0;
        const theirs = b.total ? b.passed / b.total : 0;
        return {
          name: `${s.file} ${s.what.split(':')[0]} better than baseline`,
          ok: ours > theirs,
          measured: `${pct(s.passed, s.total)} vs ${pct(b.passed, b.total)}`,
        };
      });
    const all = sentences.scores[sentences.scores.length - 1] as FileScore;
    targets.push({
      name: 'salary_sentences_fr_en.jsonl ≥ 95% exact',
      ok: all.passed >= 0.95 * all.total,
      measured: `${pct(all.passed, all.total)} (${all.passed}/${all.total})`,
    });
    return { report, targets };
  },
};

export default evaluation;
