/** `fourchette stats`: the twin of GET /api/stats. */
import { statsRoute } from '../../api/index.ts';
import { StatsQuerySchema, type StatsResponse } from '../../contract/index.ts';
import { writeJsonLine, type Command } from '../command.ts';
import { formatAmount, table } from '../format.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';
import { askRoute, kebab } from '../route-client.ts';

function describe(result: StatsResponse): string {
  const p = result.percentiles;
  const lines = [
    `${result.count} observations from ${result.sources} source(s), ${result.basis} ${result.currency} per ${result.period}`,
  ];
  if (!p) {
    lines.push(`not enough data (fewer than ${result.minGroupSize} observations)`);
    if (result.wider)
      lines.push(
        `wider: without ${result.wider.dropped.map((k) => `--${kebab(k)}`).join(', ')}: ${result.wider.count} observations`,
      );
  } else {
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
  return lines.join('\n');
}

const command: Command = {
  summary: 'salary distribution (count, sources, p10–p90) for a filter',
  help: `Usage: fourchette stats [filters] [--currency EUR] [--period year] [--json]

Percentiles of gross base pay for the observations matching every filter given (as
GET /api/stats). Groups smaller than FOURCHETTE_MIN_GROUP_SIZE (default 5) show only their count.

Options:
${queryOptionsHelp(StatsQuerySchema)}
  --json             print the route's payload as one JSON object

Example: fourchette stats --role ml-engineer --country FR --period month`,
  async run(argv, io) {
    const { raw, json } = parseQueryOptions(argv, StatsQuerySchema);
    const result = (await askRoute(io, statsRoute, { query: raw })) as StatsResponse;
    if (json) writeJsonLine(io, result);
    else io.stdout.write(`${describe(result)}\n`);
    return 0;
  },
};
export default command;
