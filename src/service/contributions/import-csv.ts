/** `fourchette contributions import FILE.csv`: an operator's batch of contributions (e.g. from a
 * survey), each row checked and stored as if sent through the API by one client named after the
 * file; rows with errors are reported, the others kept. */
import type { ImportResponse } from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { CsvSyntaxError, parseCsv } from '../../formats/index.ts';
import { submitContribution } from './submit.ts';

const NUMBER_FIELDS = new Set(['years', 'amount', 'year', 'monthsPerYear', 'bonus']);
const DECIMAL = /^-?\d{1,15}(?:\.\d{1,12})?$/;

/** A CSV row to the API body: empty cells left out, number columns read strictly. */
function rowToBody(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const raw = (cells[i] ?? '').trim();
    if (raw === '') return;
    body[name] = NUMBER_FIELDS.has(name) && DECIMAL.test(raw) ? Number(raw) : raw;
  });
  return body;
}

export async function importContributions(
  ctx: AppContext,
  csv: string,
  fileName: string,
): Promise<ImportResponse> {
  let table: string[][];
  try {
    table = parseCsv(csv.replace(/^\uFEFF/, ''), fileName);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new AppError('invalid-csv', 400, error.message);
    throw error;
  }
  const [header, ...rows] = table.filter((r) => r.some((c) => c.trim() !== ''));
  if (!header || !header.includes('amount'))
    throw new AppError(
      'invalid-csv',
      400,
      `${fileName} has no header row with the contribution fields (expected e.g. role,level,country,employment,amount,currency,period,basis,year)`,
    );
  const out: ImportResponse = { rows: rows.length, pending: 0, held: 0, duplicates: 0, errors: [] };
  const counts = out as { -readonly [K in keyof ImportResponse]: ImportResponse[K] };
  for (const [i, cells] of rows.entries()) {
    try {
      const r = await submitContribution(ctx, rowToBody(header, cells), {
        client: `import:${fileName}:row${i + 2}`,
      });
      if (r.duplicate) counts.duplicates += 1;
      else if (r.status === 'held') counts.held += 1;
      else counts.pending += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      counts.errors.push({ row: i + 2, message: error.message });
    }
  }
  return out;
}
