import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv } from './csv.ts';

describe('CSV export', () => {
  it('quotes fields holding commas or quotes and leaves empty cells empty', () => {
    assert.equal(
      toCsv([
        ['group', 'p50', 'note'],
        ['Senior, lead', 155000.456, null],
        ['say "hi"', 3, 'ok'],
      ]),
      'group,p50,note\r\n"Senior, lead",155000.46,\r\n"say ""hi""",3,ok\r\n',
    );
  });
});
