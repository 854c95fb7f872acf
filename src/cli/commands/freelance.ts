/** `fourchette freelance`: the twin of GET /api/freelance. */
import { freelanceRoute } from '../../api/index.ts';
import { FreelanceQuerySchema, type FreelanceResponse } from '../../contract/index.ts';
import { writeJsonLine, type Command } from '../command.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';
import { askRoute } from '../route-client.ts';

function describe(r: FreelanceResponse): string {
  const lines: string[] = [];
  for (const x of r.results) {
    if (!x.ok) {
      lines.push(`${x.status}: ${x.message ?? 'no figure'}`);
      continue;
    }
    lines.push(
      r.mode === 'from-tjm'
        ? `${x.status}: TJM ${x.tjm} € × ${x.days} days = ${x.revenue} € revenue → ${x.net} € net a year before income tax (${x.netAfterTax} € after); same net as a cadre employee paid ${x.employeeGrossEquivalent} € gross`
        : `${x.status}: TJM ${x.tjm} € × ${x.days} days = ${x.revenue} € a year → net ${x.net} € (same as ${x.employeeGrossEquivalent} € gross)`,
      ...x.trace.map((s) => `  ${s.description}`),
    );
  }
  return lines.join('\n');
}

const command: Command = {
  summary: 'freelance ↔ employee: TJM → revenue → net income, and the salary (or TJM) that matches',
  help: `Usage: fourchette freelance --tjm N [--days D] [--status micro|ei|sasu] [--json]
       fourchette freelance --salary N [--days D] [--status micro|ei|sasu] [--employee-status cadre|non-cadre] [--json]

The same answer as GET /api/freelance, for one status or (without --status) for each.
With --tjm: revenue = TJM × billable days, the yearly net income before and after income tax
under the status (France, modele-social rules pinned to a date), and employeeGrossEquivalent,
the yearly gross salary of a cadre employee with the same net before income tax.
With --salary (yearly gross, €): the TJM that yields the same net before income tax.
Statuses: micro (micro-entreprise, profession libérale, within its revenue ceiling), ei
(entreprise individuelle au réel, IR; an EURL at the IR is taxed alike), sasu (SASU at the IS,
everything paid as salary, no dividends).

Options:
${queryOptionsHelp(FreelanceQuerySchema)}
  --json             print the route's payload: mode, currency, results[]`,
  async run(argv, io) {
    const { raw, json } = parseQueryOptions(argv, FreelanceQuerySchema);
    const r = (await askRoute(io, freelanceRoute, { query: raw })) as FreelanceResponse;
    if (json) writeJsonLine(io, r);
    else io.stdout.write(`${describe(r)}\n`);
    return 0;
  },
};
export default command;
