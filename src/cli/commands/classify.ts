/** `fourchette classify`: the twin of GET /api/classify, for one title or a file of titles. */
import { existsSync, readFileSync } from 'node:fs';
import { classifyRoute } from '../../api/index.ts';
import { ClassifyQuerySchema, type ClassifyResponse } from '../../contract/index.ts';
import { UsageError, writeJsonLine, type CliIO, type Command } from '../command.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';
import { openRouteClient } from '../route-client.ts';

function readTitles(positionals: string[]): string[] {
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('give --title TEXT, or a FILE with one job title per line');
  if (extra.length > 0)
    throw new UsageError(`expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  if (!existsSync(file))
    throw new UsageError(`file "${file}" not found (give a text file with one title per line)`);
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.trim());
}

function print(io: CliIO, r: ClassifyResponse, json: boolean): void {
  if (json) writeJsonLine(io, r);
  else
    io.stdout.write(
      `${r.role.padEnd(25)} ${r.confidence.toFixed(2)}  ${(r.level ?? '-').padEnd(7)} ${r.title}\n`,
    );
}

const command: Command = {
  summary: 'classify job titles into roles, with confidence and level',
  help: `Usage: fourchette classify --title TEXT [--text TEXT] [--json]
       fourchette classify [--json] FILE

Classifies a job title (as GET /api/classify), or each line of FILE in order: its role id (see
\`fourchette roles\`), a confidence between 0 and 1, the seniority level read from the title
(intern, junior, mid, senior, expert, lead, or null) and the missions that decided. An empty
line gives role "other" with confidence 0.

Options:
${queryOptionsHelp(ClassifyQuerySchema)}
  --json             the route's payload, one JSON object per title

Example: fourchette classify --json titles.txt`,
  async run(argv, io) {
    const { raw, json, positionals } = parseQueryOptions(
      argv,
      ClassifyQuerySchema.partial({ title: true }),
      { positionals: true },
    );
    const fromFile = raw.title === undefined;
    if (!fromFile && positionals.length > 0)
      throw new UsageError('give --title TEXT or a FILE, not both');
    if (fromFile && raw.text !== undefined)
      throw new UsageError('--text goes with --title (a FILE holds titles only)');
    const titles = fromFile ? readTitles(positionals) : [raw.title ?? ''];
    const client = await openRouteClient(io);
    try {
      for (const title of titles) {
        const query = { ...raw, title };
        print(io, (await client.ask(classifyRoute, { query })) as ClassifyResponse, json);
      }
    } finally {
      await client.close();
    }
    return 0;
  },
};
export default command;
