/** `fourchette compare`: the twin of GET /api/compare (a role's median across countries) and,
 * with --items, of GET /api/compare/amounts (stated amounts side by side). */
import { compareAmountsRoute, compareRoute } from '../../api/index.ts';
import {
  CompareAmountsQuerySchema,
  CompareQuerySchema,
  type CompareAmountsResponse,
  type CompareResponse,
} from '../../contract/index.ts';
import { writeJsonLine, type Command } from '../command.ts';
import { formatAmount, table } from '../format.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';
import { askRoute } from '../route-client.ts';

function describeRole(r: CompareResponse): string {
  const rows = [['country', 'observations', `median (${r.currency})`, 'PPP', 'net']];
  for (const c of r.countries)
    rows.push([
      c.country,
      String(c.count),
      c.status === 'ok' ? formatAmount(c.nominal, r.currency) : 'not enough data',
      formatAmount(c.ppp, r.currency),
      formatAmount(c.net, r.currency),
    ]);
  return `${r.role}${r.level ? ` ${r.level}` : ''}, gross per ${r.period}, rates of ${r.date}, PPP in ${r.reference}\n${table(rows)}`;
}

function describeAmounts(r: CompareAmountsResponse): string {
  const rows = [
    ['country', 'amount', `nominal (${r.currency})`, `PPP in ${r.reference} (${r.currency})`],
  ];
  for (const i of r.items)
    rows.push([
      i.country,
      formatAmount(i.amount, i.currency),
      formatAmount(i.nominal, r.currency),
      i.pppAdjusted === null
        ? `— ${i.pppUnavailable ?? ''}`
        : formatAmount(i.pppAdjusted, r.currency),
    ]);
  const steps = r.items.flatMap((i) => i.trace.map((s) => `  ${i.country} ${s.description}`));
  return `${table(rows)}\n${steps.join('\n')}`;
}

const command: Command = {
  summary: 'compare pay across countries, nominal and purchasing-power adjusted (World Bank PPP)',
  help: `Usage: fourchette compare --role ID [--level L] [--period year] [--reference FR] [--pay P] [--json]
       fourchette compare --items CC:AMOUNT:CUR[:RATE],... --period P [--date YYYY-MM-DD] [--reference FR] [--json]

With --role: one role's median gross pay in each country with enough observations, nominal at
the ECB rate, purchasing-power adjusted and (France) net, as GET /api/compare.
With --items: the amounts given, side by side, as GET /api/compare/amounts; RATE is the rate
the source states (units per 1 EUR) for currencies the ECB lacks.

Options with --role:
${queryOptionsHelp(CompareQuerySchema)}
Options with --items:
${queryOptionsHelp(CompareAmountsQuerySchema)}
  --json             print the route's payload

Examples:
  fourchette compare --role ml-engineer --level senior
  fourchette compare --items CH:9170:CHF,LU:5100:EUR,FR:4710:EUR --period month --date 2024-07-01`,
  async run(argv, io) {
    if (argv.includes('--items') || argv.some((a) => a.startsWith('--items='))) {
      const { raw, json } = parseQueryOptions(argv, CompareAmountsQuerySchema);
      const r = (await askRoute(io, compareAmountsRoute, { query: raw })) as CompareAmountsResponse;
      if (json) writeJsonLine(io, r);
      else io.stdout.write(`${describeAmounts(r)}\n`);
      return 0;
    }
    const { raw, json } = parseQueryOptions(argv, CompareQuerySchema);
    const r = (await askRoute(io, compareRoute, { query: raw })) as CompareResponse;
    if (json) writeJsonLine(io, r);
    else io.stdout.write(`${describeRole(r)}\n`);
    return 0;
  },
};
export default command;
