import { MarketQuerySchema } from '../../contract/index.ts';
import { computeMarket } from '../../service/index.ts';
import type { Command } from '../command.ts';
import { withContext } from '../context.ts';
import { table } from '../format.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)} %`);

const command: Command = {
  summary: 'the job market: postings per month, remote share, share with pay, hubs',
  help: `Usage: fourchette market [filters] [--json]

The figures of GET /api/market: each posting counted once, postings per month, share with a
posted pay, remote share (full remote; hybrid apart), contract mix, hubs. Without a posting
feed the figures come from the bundled aijobs.net records (basis "records").

Options:
${queryOptionsHelp(MarketQuerySchema)}
  --json           print the route's payload as one JSON object

Example: fourchette market --source aijobs-salaries --country US --year 2025`,
  async run(argv, io) {
    const { query, json } = parseQueryOptions(argv, MarketQuerySchema.strict());
    const result = await withContext((ctx) => computeMarket(ctx, query));
    if (json) {
      io.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    }
    const lines = [
      `${result.postings} ${result.basis} from ${result.sources.map((s) => s.id).join(', ') || 'no source'}` +
        (result.dateRange ? `, ${result.dateRange.from} to ${result.dateRange.to}` : ''),
      `with posted pay ${percent(result.withPay)} · full remote ${percent(result.remoteShare)} · hybrid ${percent(result.hybridShare)}`,
      table([
        ['place', 'postings', 'median pay (EUR/year)'],
        ...result.places.map((p) => [p.place, String(p.postings), p.pay.p50?.toFixed(0) ?? '—']),
      ]),
    ];
    for (const n of result.notes) lines.push(`· ${n.step}: ${n.detail}`);
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
export default command;
