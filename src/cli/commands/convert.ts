/** `fourchette convert`: the twin of GET /api/convert. */
import { convertRoute } from '../../api/index.ts';
import { ConvertQuerySchema, type ConvertResponse } from '../../contract/index.ts';
import { writeJsonLine, type Command } from '../command.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';
import { askRoute } from '../route-client.ts';

const command: Command = {
  summary: 'convert an amount between currencies, periods and gross/net, with its trace',
  help: `Usage: fourchette convert --amount N --currency C --period P [options] [--json]

The same conversion as GET /api/convert, with the same parameters and defaults: currency at
the ECB rate of --date (default: the last published rate), period by the country's working
time, gross ↔ net by the French rules.

Options:
${queryOptionsHelp(ConvertQuerySchema)}
  --json             print the route's payload: value, currency, period, basis, trace

Examples:
  fourchette convert --amount 4710 --currency EUR --period month --to-period year
  fourchette convert --amount 56520 --currency EUR --period year --to-basis net --to-period month
  fourchette convert --amount 12510 --currency MAD --period month --stated-rate 10.738`,
  async run(argv, io) {
    const { raw, json } = parseQueryOptions(argv, ConvertQuerySchema);
    const r = (await askRoute(io, convertRoute, { query: raw })) as ConvertResponse;
    if (json) writeJsonLine(io, r);
    else {
      const value = Math.round(r.value * 100) / 100;
      const lines = [
        `${value} ${r.currency} a ${r.period} (${r.basis})`,
        ...r.trace.map((s) => `  ${s.description}`),
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  },
};
export default command;
