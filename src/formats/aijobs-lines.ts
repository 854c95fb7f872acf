/** The lines of the bundled aijobs.net file, as the ingest pairs them into ranges: the columns in
 * the format's order, a positive salary, and the profile key (every column but the salaries). */
import { parseCsv } from './csv.ts';
import { AijobsFormatError } from './aijobs-codes.ts';
import { AIJOBS_COLUMN_INDEX as AT, readAijobsRecords } from './aijobs-records.ts';

export interface AijobsLine {
  readonly line: number;
  /** The line as written (the bundled file quotes nothing): the observation's evidence. */
  readonly text: string;
  /** The cells in AIJOBS_COLUMNS order. */
  readonly fields: readonly string[];
  /** Every column but salary and salary_in_usd: rows with the same profile may pair. */
  readonly profile: string;
  readonly salary: number;
}

const FILE = 'aijobs.net salaries';

export function parseAijobsCsv(csv: string): AijobsLine[] {
  const records = parseCsv(csv, FILE);
  const width = records[0]?.length ?? 0;
  const rows: AijobsLine[] = [];
  for (const { line, raw, fields } of readAijobsRecords(records, FILE)) {
    const text = raw.join(',');
    const salary = Number(fields[AT.salary]);
    if (raw.length !== width || !Number.isFinite(salary) || salary <= 0) {
      throw new AijobsFormatError(`aijobs.net line ${line} is malformed: "${text}"`);
    }
    const profile = fields.filter((_, i) => i !== AT.salary && i !== AT.salary_in_usd).join(',');
    rows.push({ line, text, fields, profile, salary });
  }
  return rows;
}
