import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AIJOBS_COLUMNS } from './aijobs-codes.ts';
import { parseAijobsCsv } from './aijobs-lines.ts';
import { readAijobsRecords } from './aijobs-records.ts';
import { readAijobsRows } from './aijobs-rows.ts';
import { parseCsv } from './csv.ts';

const header = AIJOBS_COLUMNS.join(',');

describe('aijobs.net records, read once for the ingest and the estimator', () => {
  it('puts the columns in the format’s order whatever the file’s order, and skips blank lines', () => {
    const csv = [
      'job_title,work_year,experience_level,employment_type,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size',
      'Data Engineer,2024,SE,FT,50000,EUR,55555,FR,100,DE,S',
      '',
      'ML Engineer,2025,MI,FT,60000,EUR,66666,FR,0,FR,M',
    ].join('\n');
    const records = readAijobsRecords(parseCsv(csv), 'moved.csv');
    assert.deepEqual(
      records.map((r) => [r.line, r.fields.join(',')]),
      [
        [2, '2024,SE,FT,Data Engineer,50000,EUR,55555,FR,100,DE,S'],
        [4, '2025,MI,FT,ML Engineer,60000,EUR,66666,FR,0,FR,M'],
      ],
    );
    assert.equal(records[0]?.raw[0], 'Data Engineer', 'the record as written stays at hand');
  });

  it('gives the ingest and the estimator the same line, the title and salaries alike', () => {
    const csv = `${header}\n2024,SE,FT,Data Engineer,56000,EUR,60480,FR,50,FR,L\n`;
    const [line] = parseAijobsCsv(csv);
    const [row] = readAijobsRows(parseCsv(csv), 'train.csv');
    assert.equal(line?.text, '2024,SE,FT,Data Engineer,56000,EUR,60480,FR,50,FR,L');
    assert.equal(line?.salary, 56000);
    assert.equal(line?.profile, '2024,SE,FT,Data Engineer,EUR,FR,50,FR,L');
    assert.equal(row?.rawTitle, 'Data Engineer');
    assert.equal(row?.value, 60480);
  });

  it('names the missing column for both', () => {
    const csv = 'work_year,experience_level\n2024,SE\n';
    for (const read of [
      () => parseAijobsCsv(csv),
      () => readAijobsRows(parseCsv(csv), 'train.csv'),
    ])
      assert.throws(read, { code: 'aijobs-format', message: /missing column "employment_type"/ });
  });

  it('refuses an ingest line with a cell too many or a salary that is not positive', () => {
    assert.throws(
      () => parseAijobsCsv(`${header}\n2024,SE,FT,Data Engineer,0,EUR,0,FR,50,FR,L\n`),
      {
        message: /aijobs\.net line 2 is malformed/,
      },
    );
    assert.throws(
      () => parseAijobsCsv(`${header}\n2024,SE,FT,Data,Engineer,1,EUR,1,FR,50,FR,L\n`),
      {
        message: /aijobs\.net line 2 is malformed/,
      },
    );
  });
});
