/**
 * A small CSV reader (RFC 4180): quoted fields with doubled quotes and embedded commas or line
 * breaks, CRLF or LF line ends, a leading byte-order mark. Returns records of strings.
 */
import { CodedError } from '../domain/index.ts';

export class CsvSyntaxError extends CodedError {
  constructor(message: string) {
    super('csv-syntax', message);
  }
}

const SPECIAL = /[,\r\n"]/g;

export function parseCsv(text: string, source = 'input'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= n)
          throw new CsvSyntaxError(
            `${source}: line ${startLine}: a quoted field is never closed (add the closing ")`,
          );
        const d = text[i]!;
        if (d === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (d === '\n') line += 1;
        field += d;
        i += 1;
      }
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      record.push(field);
      field = '';
      records.push(record);
      record = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
    } else {
      SPECIAL.lastIndex = i + 1;
      const end = SPECIAL.exec(text)?.index ?? n;
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
