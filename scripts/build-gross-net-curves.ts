/**
 * Evaluates modele-social on a grid and writes the curves interpolated at run time:
 * employee gross → net / net after tax (cadre, non-cadre) and freelance revenue → net (micro,
 * EI, SASU). Usage: `node --import tsx scripts/build-gross-net-curves.ts [--date 2026-01-01]`
 * → data/gross-net/fr-<date>.json (a few minutes: each evaluation takes 30–300 ms).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EMPLOYEE_STATUSES } from '../src/domain/gross-net/curves.ts';
import { createSocialEngine, evaluateEmployee } from '../src/domain/gross-net/social-engine.ts';
import { evaluateFreelance, microCeiling } from '../src/domain/freelance/social-engine.ts';
import { FREELANCE_STATUSES } from '../src/domain/freelance/statuses.ts';
import { dataPath } from '../src/reference/paths.ts';

const { values } = parseArgs({ options: { date: { type: 'string', default: '2026-01-01' } } });
const rulesDate = values.date;

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let x = from; x < to; x += step) out.push(x);
  return out;
}

// Dense where salaries are (0.5 k€ steps up to 100 k€), coarser above; the accuracy target
// (0.5 % from 15 k€ to 300 k€) is checked against direct evaluations by `npm run eval -- normalize`.
const employeeGrid = [
  ...range(1000, 100000, 500),
  ...range(100000, 300000, 1000),
  ...range(300000, 1000001, 10000),
];
const revenueGrid = [...range(1000, 300000, 1000), ...range(300000, 1000001, 10000)];

const round = (x: number) => Math.round(x * 100) / 100;
const version = (pkg: string) =>
  (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string })
    .version;

function checkAscending(name: string, xs: number[]): void {
  for (let i = 1; i < xs.length; i++) {
    if (!((xs[i] as number) > (xs[i - 1] as number))) {
      throw new Error(
        `${name} is not strictly ascending at index ${i} (${xs[i - 1]} then ${xs[i]}): the reverse interpolation needs it`,
      );
    }
  }
}

const started = performance.now();
const engine = createSocialEngine();
const employee: Record<string, { gross: number[]; net: number[]; netAfterTax: number[] }> = {};
for (const status of EMPLOYEE_STATUSES) {
  const net: number[] = [];
  const netAfterTax: number[] = [];
  for (const gross of employeeGrid) {
    const r = evaluateEmployee(engine, gross, status, rulesDate);
    net.push(round(r.net));
    netAfterTax.push(round(r.netAfterTax));
  }
  checkAscending(`${status} net`, net);
  checkAscending(`${status} net after tax`, netAfterTax);
  employee[status] = { gross: employeeGrid, net, netAfterTax };
  console.log(
    `employee ${status}: ${employeeGrid.length} points (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}

const ceiling = microCeiling(engine, rulesDate);
const freelance: Record<string, { revenue: number[]; net: number[]; netAfterTax: number[] }> = {};
for (const status of FREELANCE_STATUSES) {
  const grid =
    status === 'micro' ? [...revenueGrid.filter((x) => x < ceiling), ceiling] : revenueGrid;
  const net: number[] = [];
  const netAfterTax: number[] = [];
  for (const revenue of grid) {
    const r = evaluateFreelance(engine, status, revenue, rulesDate);
    net.push(round(r.net));
    netAfterTax.push(round(r.netAfterTax));
  }
  checkAscending(`${status} net`, net);
  freelance[status] = { revenue: grid, net, netAfterTax };
  console.log(
    `freelance ${status}: ${grid.length} points (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}

const out = {
  source:
    'modele-social (betagouv/mon-entreprise, MIT) evaluated with publicodes by scripts/build-gross-net-curves.ts',
  rules: `modele-social ${version('modele-social')}`,
  publicodes: version('publicodes'),
  rulesDate,
  generatedOn: new Date().toISOString().slice(0, 10),
  taxAssumption:
    'income tax by the default method of modele-social (barème, one person, no children, no other income)',
  employee,
  freelance: { microCeiling: ceiling, ...freelance },
};
const file = dataPath('gross-net', `fr-${rulesDate}.json`);
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`wrote ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
