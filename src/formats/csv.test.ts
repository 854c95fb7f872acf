import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from './csv.ts';

describe('CSV reader', () => {
  it('reads CRLF lines and a leading byte-order mark', () => {
    assert.deepEqual(parseCsv('\ufeffa,b\r\n1,2\r\n'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    assert.deepEqual(parseCsv('title,n\n"Engineer, Data",1\n"say ""hi""\nthere",2'), [
      ['title', 'n'],
      ['Engineer, Data', '1'],
      ['say "hi"\nthere', '2'],
    ]);
  });

  it('keeps empty fields, including a last empty one', () => {
    assert.deepEqual(parseCsv('a,,c,\n'), [['a', '', 'c', '']]);
  });

  it('names the line of a quoted field that is never closed', () => {
    assert.throws(() => parseCsv('a\n"open', 'x.csv'), {
      code: 'csv-syntax',
      message: /x\.csv: line 2/,
    });
  });
});
