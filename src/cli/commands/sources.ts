/** `fourchette sources`: the twin of GET /api/sources. */
import { sourcesRoute } from '../../api/index.ts';
import type { SourcesResponse } from '../../contract/index.ts';
import { parseCommandArgs, writeJsonLine, type Command } from '../command.ts';
import { table } from '../format.ts';
import { askRoute } from '../route-client.ts';

const command: Command = {
  summary: 'list the sources with licence, observation count and dates',
  help: `Usage: fourchette sources [--json]

Lists every source in the store (as GET /api/sources): id, title, publisher, licence,
observations, dates described.

  --json   print the route's payload: { items: [...] }`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    const result = (await askRoute(io, sourcesRoute)) as SourcesResponse;
    if (values.json) {
      writeJsonLine(io, result);
      return 0;
    }
    const rows = [['id', 'observations', 'dates', 'licence', 'title']];
    for (const s of result.items)
      rows.push([
        s.id,
        String(s.observations),
        `${s.firstObservedOn ?? '—'}..${s.lastObservedOn ?? '—'}`,
        s.licence,
        s.title,
      ]);
    io.stdout.write(`${table(rows)}\n`);
    return 0;
  },
};
export default command;
