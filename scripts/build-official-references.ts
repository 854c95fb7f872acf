/**
 * Writes data/official-references/published-statistics.json: the official pay statistics the app
 * shows beside its own figures, from ../shared/data/official-references/ (see its README):
 * - DARES "portraits statistiques des métiers": median monthly net pay by FAP-2009 family, for
 *   the computing families (M1Z, M2Z and their subfamilies), both pooled periods;
 * - Job Bank (ESDC) wages 2024, hourly CAD low / median / high, Canada and Quebec, for the
 *   data and software NOC 2021 unit groups, each tied to the role it is closest to.
 * Only the figures are copied, never the files. Run:
 *   node --import tsx scripts/build-official-references.ts [../shared/data/official-references]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const from = resolve(process.argv[2] ?? '../shared/data/official-references');
const out = resolve('data/official-references/published-statistics.json');

/** Splits one CSV line with double-quoted fields (the files quote labels containing commas). */
function csvLine(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}

function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const keys = csvLine(head ?? '');
  return lines.map((l) => Object.fromEntries(csvLine(l).map((v, i) => [keys[i], v])));
}

const FAP_LABELS: Record<string, string> = {
  M1Z: 'Techniciens de l’informatique',
  M1Z80: 'Techniciens d’étude et de développement en informatique',
  M1Z81:
    'Techniciens de production, d’exploitation, d’installation, et de maintenance, support et services aux utilisateurs en informatique',
  M2Z: 'Ingénieurs de l’informatique',
  M2Z90:
    'Ingénieurs et cadres d’étude, recherche et développement en informatique, chefs de projets informatiques',
  M2Z91:
    'Ingénieurs et cadres d’administration, maintenance, support et services aux utilisateurs en informatique',
  M2Z92: 'Ingénieurs et cadres des télécommunications',
};

/** NOC 2021 unit group → the roles it is closest to (Job Bank has no AI-specific group). */
const NOC_ROLES: Record<string, string[]> = {
  '21211': ['data-scientist'],
  '21223': ['data-engineer'],
  '21231': ['software-engineer'],
  '20012': ['head-of-ai'],
};

const dares = readCsv(join(from, 'dares-psm', 'salaire_median_3niv.csv'))
  .filter((r) => Object.hasOwn(FAP_LABELS, r.Fap3 ?? ''))
  .map((r) => {
    const [yearFrom, yearTo] = (r.Annee ?? '').split('-').map(Number);
    const code = r.Fap3 as string;
    return {
      id: `dares-psm-${code}-${r.Annee}`,
      sourceId: 'dares-psm',
      occupation: { system: 'FAP-2009', code, label: FAP_LABELS[code] as string },
      country: 'FR',
      region: 'France métropolitaine',
      population: 'full-time employees, excluding apprentices and interns',
      statistic: 'median',
      p10: null,
      p50: Number(r.Salaire_median),
      p90: null,
      currency: 'EUR',
      period: 'month',
      basis: 'net',
      yearFrom: yearFrom as number,
      yearTo: yearTo as number,
      roles: [] as string[],
    };
  });

const jobBank = readCsv(
  join(from, 'canada-job-bank', 'merged_wages_2016_2024_mapped_to_NOC2021.csv'),
)
  .filter(
    (r) => Object.hasOwn(NOC_ROLES, r.NOC_2021 ?? '') && ['ER00', 'ER24'].includes(r.ER_Code ?? ''),
  )
  .map((r) => ({
    id: `job-bank-${r.NOC_2021}-${r.ER_Code}-2024`,
    sourceId: 'canada-job-bank',
    occupation: {
      system: 'NOC-2021',
      code: r.NOC_2021 as string,
      label: r.NOC_Title_2021 as string,
    },
    country: 'CA',
    region: r.ER_Code === 'ER00' ? 'Canada' : 'Quebec',
    population:
      'wages of employees in the occupation (Job Bank: low ≈ 10th, high ≈ 90th percentile)',
    statistic: 'low-median-high',
    p10: Number(r.Low_Wage_2024),
    p50: Number(r.Median_Wage_2024),
    p90: Number(r.High_Wage_2024),
    currency: 'CAD',
    period: 'hour',
    basis: 'gross',
    yearFrom: 2024,
    yearTo: 2024,
    roles: NOC_ROLES[r.NOC_2021 as string] as string[],
  }));

mkdirSync(resolve('data/official-references'), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      sources: [
        {
          id: 'dares-psm',
          title:
            'DARES — Portraits statistiques des métiers (salaire médian net mensuel par famille professionnelle)',
          publisher: 'DARES (Ministère du Travail), from INSEE’s Enquête Emploi',
          licence: 'Licence Ouverte / Open Licence (Etalab 2.0): source DARES',
          date: '2021-04-27',
          url: 'https://github.com/StatDares/PortraitStatMetiers',
        },
        {
          id: 'canada-job-bank',
          title: 'Job Bank (ESDC) wages by NOC 2021 occupation, 2024',
          publisher: 'Employment and Social Development Canada',
          licence:
            'Open Government Licence – Canada: contains information licensed under the Open Government Licence – Canada',
          date: '2024-12-31',
          url: 'https://github.com/nickshlepov/WageCAN_Project',
        },
      ],
      statistics: [...dares, ...jobBank],
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${dares.length} DARES and ${jobBank.length} Job Bank figures to ${out}`);
