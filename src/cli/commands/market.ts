/** `fourchette market`: the twin of GET /api/market. */
import { marketRoute } from '../../api/index.ts';
import { MarketQuerySchema, type MarketResponse } from '../../contract/index.ts';
import { writeJsonLine, type Command } from '../command.ts';
import { table } from '../format.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';
import { askRoute } from '../route-client.ts';

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)} %`);

function describe(m: MarketResponse): string {
  const lines = [
    `${m.postings} ${m.basis} from ${m.sources.map((s) => s.id).join(', ') || 'no source'}` +
      (m.dateRange ? `, ${m.dateRange.from} to ${m.dateRange.to}` : ''),
    `with posted pay ${percent(m.withPay)} · full remote ${percent(m.remoteShare)} · hybrid ${percent(m.hybridShare)}`,
    table([
      ['place', m.basis, 'median pay (EUR a year)'],
      ...m.places.map((p) => [p.place, String(p.postings), p.pay.p50?.toFixed(0) ?? '—']),
    ]),
  ];
  for (const n of m.notes) lines.push(`· ${n.step}: ${n.detail}`);
  return lines.join('\n');
}

const command: Command = {
  summary: 'the job market: postings per month, remote share, share with pay, hubs',
  help: `Usage: fourchette market [filters] [--json]

The figures of GET /api/market: each posting counted once, postings per month, share with a
posted pay, remote share (full remote; hybrid apart), contract mix, hubs. Without a posting
feed the figures come from the bundled aijobs.net records (basis "records").

Options:
${queryOptionsHelp(MarketQuerySchema)}
  --json             print the route's payload as one JSON object

Example: fourchette market --source aijobs-salaries --country US --year 2025`,
  async run(argv, io) {
    const { raw, json } = parseQueryOptions(argv, MarketQuerySchema);
    const result = (await askRoute(io, marketRoute, { query: raw })) as MarketResponse;
    if (json) writeJsonLine(io, result);
    else io.stdout.write(`${describe(result)}\n`);
    return 0;
  },
};
export default command;
