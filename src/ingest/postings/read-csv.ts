/**
 * A CSV of postings with named columns (schema.org names or the usual job-board ones), read
 * with csv-parse. A record that cannot be read is reported with its line and skipped.
 */
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { foldText } from '../../domain/index.ts';
import {
  jsonLdNumber,
  employmentContract,
  unitPeriod,
  type JobPostingFields,
} from '../../extract/index.ts';
import type { ReadItem } from './posting-record.ts';

/** Accepted column names (folded, non-alphanumerics dropped) of each field. */
const COLUMNS = {
  identifier: ['identifier', 'id', 'offerid', 'jobid', 'identifiant', 'reference'],
  title: ['title', 'titre', 'jobtitle', 'intitule', 'name'],
  description: ['description', 'descriptif', 'jobdescription', 'descriptifduposte'],
  datePosted: ['dateposted', 'publisheddate', 'datedepublication', 'date', 'postedon'],
  validThrough: ['validthrough'],
  employer: [
    'hiringorganization',
    'company',
    'employer',
    'entreprise',
    'nomentreprise',
    'companyname',
  ],
  city: ['addresslocality', 'city', 'ville', 'location', 'adresse', 'lieu'],
  country: ['addresscountry', 'country', 'pays'],
  contract: ['employmenttype', 'contracttype', 'contrat', 'contract', 'typedecontrat'],
  remote: ['joblocationtype', 'remote', 'teletravail'],
  salary: ['salary', 'salaire', 'basesalary', 'remuneration', 'salarytext'],
  minValue: ['minvalue', 'salarymin', 'paymin'],
  maxValue: ['maxvalue', 'salarymax', 'paymax'],
  currency: ['currency', 'salarycurrency', 'devise'],
  unitText: ['unittext', 'salaryperiod', 'period'],
  sector: ['industry', 'sector', 'secteur'],
  occupationalCategory: ['occupationalcategory', 'romecode', 'rome'],
  url: ['url', 'link', 'lien'],
} as const;
type Field = keyof typeof COLUMNS;

const fold = (h: string) => foldText(h).replace(/[^a-z0-9]/g, '');

/** Header → for each field, the column it is read from. */
export function mapColumns(header: readonly string[]): Partial<Record<Field, string>> | string {
  const byFold = new Map(header.map((h) => [fold(h), h]));
  const map: Partial<Record<Field, string>> = {};
  for (const [field, names] of Object.entries(COLUMNS) as [Field, readonly string[]][]) {
    const found = names.find((n) => byFold.has(n));
    if (found) map[field] = byFold.get(found);
  }
  if (!map.title)
    return `no title column among ${header.map((h) => `"${h}"`).join(', ')} (expected one named title, titre or job_title)`;
  return map;
}

const MISSING = new Set(['', 'vide', 'n/a', 'na', 'null', '-1', '-']);
/** dd/mm/yyyy → yyyy-mm-dd; ISO dates and timestamps as they are. */
function isoDate(v: string | null): string | null {
  if (!v) return null;
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(v);
  return fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : v;
}

export function csvFields(
  row: Record<string, string>,
  map: Partial<Record<Field, string>>,
): JobPostingFields & { salaryText: string | null } {
  const get = (f: Field): string | null => {
    const col = map[f];
    const v = col === undefined ? undefined : row[col]?.trim();
    return v === undefined || MISSING.has(v.toLowerCase()) ? null : v;
  };
  const low = jsonLdNumber(get('minValue'));
  const high = jsonLdNumber(get('maxValue'));
  const remote = get('remote');
  return {
    identifier: get('identifier'),
    title: get('title'),
    description: get('description') ?? '',
    datePosted: isoDate(get('datePosted')),
    validThrough: isoDate(get('validThrough')),
    employer: get('employer'),
    sector: get('sector'),
    occupationalCategory: get('occupationalCategory'),
    contract: employmentContract(get('contract')),
    remote:
      remote && /^(telecommute|remote|oui|yes|true|1|full remote|100%)/i.test(remote)
        ? 'remote'
        : null,
    city: get('city'),
    region: null,
    postalCode: null,
    country: get('country'),
    pay:
      low !== null || high !== null
        ? {
            low: low ?? high,
            high: high ?? low,
            currency: get('currency')?.toUpperCase() ?? null,
            period: unitPeriod(get('unitText')),
          }
        : null,
    url: get('url'),
    salaryText: get('salary'),
  };
}

export async function* readCsvPostings(
  input: Readable | string,
  name: string,
): AsyncGenerator<ReadItem> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  });
  const skipped: ReadItem[] = [];
  let lastSkipped = -1;
  parser.on('skip', (error: Error & { lines?: number }) => {
    // One message a record: a broken quote can raise several errors on one line.
    if (error.lines === lastSkipped) return;
    lastSkipped = error.lines ?? -1;
    skipped.push({
      bad: {
        line: error.lines ?? 0,
        message: `${name} line ${error.lines ?? '?'}: ${error.message}; the record is skipped`,
      },
    });
  });
  if (typeof input === 'string') {
    parser.end(input);
  } else input.pipe(parser);
  let map: Partial<Record<Field, string>> | null = null;
  let header: string[] = [];
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const { record, info } = item;
    // Skipped records come in order: those before this one first.
    while (skipped[0] && 'bad' in skipped[0] && skipped[0].bad.line <= info.lines)
      yield skipped.shift() as ReadItem;
    if (!map) {
      header = record;
      const mapped = mapColumns(record);
      if (typeof mapped === 'string') {
        yield { bad: { line: info.lines, message: `${name}: ${mapped}` } };
        return;
      }
      map = mapped;
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, record[i] ?? '']));
    const { salaryText, ...fields } = csvFields(row, map);
    yield { record: { fields, location: `${name} line ${info.lines}`, salaryText } };
  }
  yield* skipped.splice(0);
}
