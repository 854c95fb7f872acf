import { listSources } from '../../service/index.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { withContext } from '../context.ts';
import { table } from '../format.ts';

const command: Command = {
  summary: 'list the sources with licence, observation count and dates',
  help: `Usage: fourchette sources [--json]

Lists every source in the store: id, title, publisher, licence, observations, dates described.`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    const { items } = await withContext((ctx) => listSources(ctx));
    if (values.json) {
      for (const s of items) io.stdout.write(`${JSON.stringify(s)}\n`);
      return 0;
    }
    const rows = [['id', 'observations', 'dates', 'licence', 'title']];
    for (const s of items)
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
