import { StatsQuerySchema } from '../../contract/index.ts';
import { computeStats } from '../../service/index.ts';
import type { Command } from '../command.ts';
import { withContext } from '../context.ts';
import { formatAmount, table } from '../format.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';

const command: Command = {
  summary: 'salary distribution (count, sources, p10–p90) for a filter',
  help: `Usage: fourchette stats [filters] [--currency EUR] [--period year] [--json]

Percentiles of gross base pay for the observations matching every filter given.
Groups smaller than FOURCHETTE_MIN_GROUP_SIZE (default 5) show only their count.

Options:
${queryOptionsHelp(StatsQuerySchema)}
  --json           print the result as one JSON object

Example: fourchette stats --role ml-engineer --country FR --period month`,
  async run(argv, io) {
    const { query, json } = parseQueryOptions(argv, StatsQuerySchema);
    const result = await withContext((ctx) => computeStats(ctx, query));
    if (json) {
      io.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    }
    const p = result.percentiles;
    const lines = [
      `${result.count} observations from ${result.sources} source(s), ${result.basis} ${result.currency} per ${result.period}`,
    ];
    if (!p) lines.push(`not enough data (fewer than ${result.minGroupSize} observations)`);
    else {
      lines.push(
        table([
          ['p10', 'p25', 'p50', 'p75', 'p90', 'min', 'max'],
          [p.p10, p.p25, p.p50, p.p75, p.p90, result.min, result.max].map((v) =>
            formatAmount(v, result.currency),
          ),
        ]),
      );
      if (result.dateRange)
        lines.push(`dates described: ${result.dateRange.from} to ${result.dateRange.to}`);
    }
    for (const c of result.conversions) lines.push(`· ${c.step}: ${c.detail}`);
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
export default command;
