/**
 * Roles: accuracy of the title classifier on hand-labelled real titles
 * (eval/fixtures/titles-labelled.tsv), the confusion between roles, coverage of every aijobs.net
 * title by data/roles/aijobs-titles.json, and the bundled ROME/ESCO extract against the full
 * referential files in ../shared.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evaluation, EvalTarget } from './evaluation.ts';
import { SHARED_DIR } from './evaluation.ts';
import {
  classifyTitle,
  loadAijobsTitles,
  loadReferentialExtract,
  listRoles,
} from '../src/reference/roles.ts';
import { parseCsv } from './roles-csv.ts';

const here = dirname(fileURLToPath(import.meta.url));

function labelled(): { title: string; role: string; source: string }[] {
  const lines = readFileSync(join(here, 'fixtures', 'titles-labelled.tsv'), 'utf8')
    .split('\n')
    .slice(1);
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const [title = '', role = '', source = ''] = l.split('\t');
      return { title, role, source };
    });
}

function accuracy(report: string[]): EvalTarget {
  const rows = labelled();
  const confusion = new Map<string, number>();
  const bySource = new Map<string, [number, number]>();
  const misses: string[] = [];
  let ok = 0;
  for (const row of rows) {
    const got = classifyTitle(row.title).role;
    const tally = bySource.get(row.source) ?? [0, 0];
    tally[1] += 1;
    if (got === row.role) {
      ok += 1;
      tally[0] += 1;
    } else {
      const key = `${row.role} → ${got}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      misses.push(`  ${row.role.padEnd(24)} got ${got.padEnd(24)} ${row.title}`);
    }
    bySource.set(row.source, tally);
  }
  const pct = (100 * ok) / rows.length;
  report.push(`labelled titles: ${rows.length}; correct ${ok} (${pct.toFixed(1)}%)`);
  for (const [source, [good, all]] of bySource)
    report.push(`  ${source}: ${good}/${all} (${((100 * good) / all).toFixed(1)}%)`);
  report.push('confusion (expected → got, count):');
  for (const [key, n] of [...confusion].sort((a, b) => b[1] - a[1]))
    report.push(`  ${String(n).padStart(3)}  ${key}`);
  if (process.env.ROLES_EVAL_VERBOSE) report.push('misclassified:', ...misses);
  return {
    name: 'title classifier accuracy ≥ 90% on hand-labelled titles',
    ok: pct >= 90,
    measured: `${pct.toFixed(1)}% of ${rows.length}`,
  };
}

function aijobsCoverage(report: string[]): EvalTarget {
  const csv = parseCsv(
    readFileSync(join(SHARED_DIR, 'data', 'aijobs-salaries', 'salaries.csv'), 'utf8'),
  );
  const col = csv[0]?.indexOf('job_title') ?? -1;
  const titles = new Set(
    csv
      .slice(1)
      .map((r) => r[col] ?? '')
      .filter(Boolean),
  );
  const table = loadAijobsTitles();
  const missing = [...titles].filter((t) => !(t in table));
  const other = Object.values(table).filter((m) => m.role === 'other');
  const noReason = other.filter((m) => !m.reason).length;
  report.push(
    `aijobs.net titles: ${titles.size} distinct; mapped ${titles.size - missing.length}; to "other": ${other.length}`,
  );
  if (missing.length) report.push(`  unmapped: ${missing.slice(0, 20).join(' | ')}`);
  return {
    name: 'every aijobs.net job_title mapped (other only with a reason)',
    ok: missing.length === 0 && noReason === 0,
    measured: `${missing.length} unmapped, ${noReason} "other" without reason, of ${titles.size}`,
  };
}

function referentials(report: string[]): EvalTarget {
  const rome = new Map(
    parseCsv(
      readFileSync(
        join(
          SHARED_DIR,
          'data',
          'rome-4-france-travail',
          'unix_referentiel_code_rome_v460_utf8.csv',
        ),
        'utf8',
      ),
    )
      .slice(1)
      .map((r) => [r[0] ?? '', r[3] ?? '']),
  );
  const apps = new Map(
    parseCsv(
      readFileSync(
        join(
          SHARED_DIR,
          'data',
          'rome-4-france-travail',
          'unix_referentiel_appellation_v460_utf8.csv',
        ),
        'utf8',
      ),
    )
      .slice(1)
      .map((r) => [r[0] ?? '', { label: r[1] ?? '', code: r[3] ?? '' }]),
  );
  const esco = new Map(
    parseCsv(
      readFileSync(join(SHARED_DIR, 'data', 'esco-occupations', 'occupations_en.csv'), 'utf8'),
    )
      .slice(1)
      .map((r) => [r[1] ?? '', { label: r[3] ?? '', isco: r[2] ?? '' }]),
  );
  const extract = loadReferentialExtract();
  const problems: string[] = [];
  for (const [code, label] of Object.entries(extract.rome))
    if (rome.get(code) !== label) problems.push(`ROME ${code} "${label}"`);
  for (const [ogr, a] of Object.entries(extract.romeAppellations)) {
    const found = apps.get(ogr);
    if (found?.label !== a.label || found.code !== a.romeCode) problems.push(`appellation ${ogr}`);
  }
  for (const [uri, e] of Object.entries(extract.esco)) {
    const found = esco.get(uri);
    if (found?.label !== e.label || found.isco !== e.iscoGroup) problems.push(`ESCO ${uri}`);
  }
  const n =
    Object.keys(extract.rome).length +
    Object.keys(extract.romeAppellations).length +
    Object.keys(extract.esco).length;
  report.push(
    `bundled referential rows: ${n} for ${listRoles().length} roles; mismatches: ${problems.join(', ') || 'none'}`,
  );
  return {
    name: 'bundled ROME/ESCO extract matches the full referential files',
    ok: problems.length === 0,
    measured: `${problems.length} mismatches of ${n}`,
  };
}

const evaluation: Evaluation = {
  name: 'roles',
  async run() {
    const report: string[] = [];
    const targets = [accuracy(report), aijobsCoverage(report), referentials(report)];
    return { report, targets };
  },
};
export default evaluation;
