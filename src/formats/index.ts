/** File formats, read in one place: CSV (RFC 4180) and the aijobs.net salaries format (one
 * record reader, aijobs-records.ts, and its two views: the ingest's lines as written, the
 * estimator's decoded profiles). Pure: text in, records out; the callers read the files. */
export { parseCsv, CsvSyntaxError } from './csv.ts';
export * from './aijobs-codes.ts';
export {
  readAijobsProfiles,
  readAijobsRows,
  type AijobsProfile,
  type TitleToRole,
} from './aijobs-rows.ts';
export { parseAijobsCsv, type AijobsLine } from './aijobs-lines.ts';
export { readAijobsRecords, type AijobsColumn, type AijobsRecord } from './aijobs-records.ts';
