import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AIJOBS_COLUMNS, readAijobsProfiles, readAijobsRows } from './aijobs-rows.ts';
import { parseCsv } from './csv.ts';

const header = AIJOBS_COLUMNS.join(',');

describe('aijobs.net salaries rows', () => {
  it('reads codes into the domain words (SE → senior, PT → part-time employee, 100 → remote)', () => {
    const csv = `${header}\r\n2024,SE,PT,Data Engineer,50000,EUR,55555,FR,100,DE,S\r\n`;
    const [row] = readAijobsRows(parseCsv(csv), 'train.csv', (t) =>
      t === 'Data Engineer' ? 'data-engineer' : null,
    );
    assert.deepEqual(row, {
      roleId: 'data-engineer',
      rawTitle: 'Data Engineer',
      level: 'senior',
      country: 'FR',
      companyCountry: 'DE',
      remote: 'remote',
      companySize: 'small',
      employment: 'employee',
      partTime: true,
      payCurrency: 'EUR',
      year: 2024,
      value: 55555,
    });
  });

  it('reads batch rows whose salary columns are empty', () => {
    const profiles = readAijobsProfiles(
      parseCsv(`${header}\n2025,EN,CT,Stage,,EUR,,FR,0,FR,M\n`),
      'test.csv',
    );
    assert.equal(profiles.length, 1);
    assert.equal(profiles[0]!.employment, 'freelance');
  });

  it('names the file, line and column of a non-numeric salary_in_usd', () => {
    const csv = `${header}\n2024,SE,FT,Data Engineer,1,USD,1,US,0,US,M\n2024,SE,FT,Data Engineer,1,USD,abc,US,0,US,M\n`;
    assert.throws(() => readAijobsRows(parseCsv(csv), 'train.csv'), {
      code: 'aijobs-format',
      message: /train\.csv line 3 column salary_in_usd: "abc"/,
    });
  });

  it('names a missing column', () => {
    assert.throws(
      () => readAijobsProfiles(parseCsv('work_year,experience_level\n2024,SE\n'), 'test.csv'),
      {
        message: /test\.csv: missing column "employment_type"/,
      },
    );
  });

  it('names a code it does not know', () => {
    const csv = `${header}\n2024,XX,FT,Data Engineer,1,USD,1,US,0,US,M\n`;
    assert.throws(() => readAijobsRows(parseCsv(csv), 'train.csv'), {
      message: /line 2 column experience_level: "XX" is not valid \(expected EN, MI, SE or EX\)/,
    });
  });
});
