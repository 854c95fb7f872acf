/** File formats, read in one place: CSV (RFC 4180) and the aijobs.net salaries format. Pure:
 * text in, records out; the callers read the files. */
export { parseCsv, CsvSyntaxError } from './csv.ts';
export * from './aijobs-codes.ts';
export {
  readAijobsProfiles,
  readAijobsRows,
  type AijobsProfile,
  type TitleToRole,
} from './aijobs-rows.ts';
export { parseAijobsCsv, type AijobsLine } from './aijobs-lines.ts';
