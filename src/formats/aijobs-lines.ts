/** The lines of the bundled aijobs.net file, as the ingest pairs them into ranges: the columns in
 * the format's order, a positive salary, and the profile key (every column but the salaries). */
import { parseCsv } from './csv.ts';
import { AIJOBS_COLUMNS as COLUMNS, AijobsFormatError } from './aijobs-codes.ts';

export interface AijobsLine {
  readonly line: number;
  /** The line as written (the bundled file quotes nothing): the observation's evidence. */
  readonly text: string;
  readonly fields: string[];
  /** Every column but salary and salary_in_usd: rows with the same profile may pair. */
  readonly profile: string;
  readonly salary: number;
}

export function parseAijobsCsv(csv: string): AijobsLine[] {
  const records = parseCsv(csv, 'aijobs.net salaries');
  const header = records[0] ?? [];
  if (COLUMNS.some((c, i) => header[i] !== c)) {
    throw new AijobsFormatError(
      `unexpected aijobs.net header "${header.join(',')}" (expected ${COLUMNS.join(',')})`,
    );
  }
  const rows: AijobsLine[] = [];
  for (let i = 1; i < records.length; i += 1) {
    const fields = records[i] as string[];
    if (fields.length === 1 && fields[0] === '') continue;
    const text = fields.join(',');
    const salary = Number(fields[4]);
    if (fields.length !== COLUMNS.length || !Number.isFinite(salary) || salary <= 0) {
      throw new AijobsFormatError(`aijobs.net line ${i + 1} is malformed: "${text}"`);
    }
    const profile = [...fields.slice(0, 4), ...fields.slice(5, 6), ...fields.slice(7)].join(',');
    rows.push({ line: i + 1, text, fields, profile, salary });
  }
  return rows;
}
