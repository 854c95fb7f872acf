/**
 * Real postings (../shared/data): France Travail offers, Indeed France 2019, Glassdoor US 2020.
 * For each dataset: share of raw salary strings parsed, agreement between the salary string and
 * what the offer's description states (where both give a figure), and the anomalies flagged by
 * checkPlausibility (a "Mensuel" label on yearly amounts, ×10 typos). Data read here only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlausibility, extractSalaries, type ExtractedFact } from '../src/extract/index.ts';
import { SHARED_DIR, type Evaluation, type EvalTarget } from './evaluation.ts';

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines), in one linear pass. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function records(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

interface DatasetReport {
  lines: string[];
  parsedShare: number;
  withDigits: number;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const MISSING = new Set(['', '-1', 'vide', 'N/A', 'n/a']);

function agree(a: ExtractedFact, b: ExtractedFact): boolean {
  return a.currency === b.currency && (a.low === b.low || a.high === b.high);
}

function dataset(
  name: string,
  rows: Record<string, string>[],
  salaryColumn: string,
  descriptionColumn: string,
  lang: 'fr' | 'en',
): DatasetReport {
  let strings = 0;
  let withDigits = 0;
  let parsed = 0;
  let compared = 0;
  let agreed = 0;
  const anomalies = new Map<string, number>();
  const examples = new Map<string, string>();
  const unparsed: string[] = [];
  const labelled = { monthly: 0, monthlyYearly: 0 };
  for (const r of rows) {
    const raw = (r[salaryColumn] ?? '').trim();
    if (MISSING.has(raw)) continue;
    strings += 1;
    const hasDigits = /\d/.test(raw);
    if (hasDigits) withDigits += 1;
    const facts = extractSalaries(raw, { lang, payField: true });
    if (facts.length > 0) parsed += 1;
    else if (hasDigits && unparsed.length < 6) unparsed.push(raw);
    if (/^Mensuel/.test(raw)) labelled.monthly += 1;
    for (const f of facts) {
      for (const issue of checkPlausibility(f)) {
        anomalies.set(issue.code, (anomalies.get(issue.code) ?? 0) + 1);
        if (!examples.has(issue.code)) examples.set(issue.code, `${raw} → ${issue.message}`);
        if (issue.code === 'period-looks-yearly' && /^Mensuel/.test(raw))
          labelled.monthlyYearly += 1;
      }
    }
    const description = r[descriptionColumn] ?? '';
    const main = facts[0];
    if (main && description.length > 0) {
      const stated = extractSalaries(description, { lang }).filter((f) => f.component !== 'bonus');
      if (stated.length > 0) {
        compared += 1;
        if (stated.some((s) => agree(s, main))) agreed += 1;
      }
    }
  }
  const lines = [
    `${name}: ${strings} salary strings (${withDigits} with a figure); parsed ${parsed} = ${pct(parsed, strings)} of all, ${pct(parsed, withDigits)} of those with a figure`,
    `  agreement with the description: ${agreed}/${compared} offers whose description also states pay (${pct(agreed, compared)}), same currency and one equal bound`,
    `  anomalies flagged: ${[...anomalies].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    ...[...examples].map(([k, v]) => `    e.g. ${k}: ${v}`),
  ];
  if (labelled.monthly)
    lines.push(
      `  "Mensuel" labels: ${labelled.monthly}, of which holding yearly amounts (flagged period-looks-yearly): ${labelled.monthlyYearly}`,
    );
  if (unparsed.length)
    lines.push(
      `  not parsed (with a figure), e.g.: ${unparsed.map((u) => JSON.stringify(u)).join(' ; ')}`,
    );
  return { lines, parsedShare: withDigits ? parsed / withDigits : 0, withDigits };
}

const evaluation: Evaluation = {
  name: 'postings: raw salary strings of real offers',
  async run() {
    const report: string[] = [];
    const targets: EvalTarget[] = [];
    const sets: [string, string, string, string, 'fr' | 'en'][] = [
      ['france-travail-offres-data-ia', 'france_travail_offres.csv', 'salary', 'description', 'fr'],
      [
        'indeed-fr-2019-tech-offres',
        'indeed_fr_2019_offres.csv',
        'Salaire',
        'Descriptif_du_poste',
        'fr',
      ],
      ['glassdoor-ds-jobs-2020', 'glassdoor_jobs.csv', 'Salary Estimate', 'Job Description', 'en'],
    ];
    for (const [dir, file, salary, description, lang] of sets) {
      const path = join(SHARED_DIR, 'data', dir, file);
      if (!existsSync(path)) {
        report.push(`${dir}: ${path} not found, skipped`);
        continue;
      }
      const result = dataset(dir, records(path), salary, description, lang);
      report.push(...result.lines);
      targets.push({
        name: `${dir}: ≥ 95% of salary strings with a figure parsed`,
        ok: result.parsedShare >= 0.95,
        measured: pct(result.parsedShare * result.withDigits, result.withDigits),
      });
    }
    return { report, targets };
  },
};

export default evaluation;
