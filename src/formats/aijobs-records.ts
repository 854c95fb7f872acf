/** The one reader of the aijobs.net salaries format: the header checked by column name, blank
 * lines skipped, each record with its line number, as written and in the format's column order.
 * The bundled-data ingest (aijobs-lines.ts) and the estimator's CSV contract (aijobs-rows.ts)
 * are two views of these records: the ingest keeps lines as written (evidence, range pairs),
 * the estimator decodes the codes strictly. */
import { AIJOBS_COLUMNS, AijobsFormatError } from './aijobs-codes.ts';

export type AijobsColumn = (typeof AIJOBS_COLUMNS)[number];

/** Where each column stands in `AijobsRecord.fields`. */
export const AIJOBS_COLUMN_INDEX = Object.fromEntries(
  AIJOBS_COLUMNS.map((column, i) => [column, i]),
) as Readonly<Record<AijobsColumn, number>>;

export interface AijobsRecord {
  /** The line in the file (the header is line 1). */
  readonly line: number;
  /** The cells as written, in the file's order. */
  readonly raw: readonly string[];
  /** The cells as written, in AIJOBS_COLUMNS order ('' where a short line lacks one). */
  readonly fields: readonly string[];
}

/** Reads the data records of parsed CSV whose `records[0]` is the header; `file` names the
 * file in error messages. */
export function readAijobsRecords(records: readonly string[][], file: string): AijobsRecord[] {
  const header = records[0];
  if (!header)
    throw new AijobsFormatError(
      `${file}: the file is empty (expected a header line: ${AIJOBS_COLUMNS.join(',')})`,
    );
  const index = AIJOBS_COLUMNS.map((column) => {
    const at = header.findIndex((h) => h.trim() === column);
    if (at < 0)
      throw new AijobsFormatError(
        `${file}: missing column "${column}" (expected the aijobs.net header: ${AIJOBS_COLUMNS.join(',')})`,
      );
    return at;
  });
  // The usual case, the format's own order: the record itself is the fields.
  const inOrder = header.length === AIJOBS_COLUMNS.length && index.every((at, i) => at === i);
  const out: AijobsRecord[] = [];
  for (let r = 1; r < records.length; r += 1) {
    const record = records[r]!;
    if (record.length === 1 && record[0] === '') continue; // blank line
    const fields =
      inOrder && record.length === header.length ? record : index.map((at) => record[at] ?? '');
    out.push({ line: r + 1, raw: record, fields });
  }
  return out;
}
