import { existsSync, readFileSync } from 'node:fs';
import { classifyTitle } from '../../reference/roles.ts';
import { parseCommandArgs, UsageError, writeJsonLine, type Command } from '../command.ts';

const command: Command = {
  summary: 'classify job titles (one per line) into roles, with confidence and level',
  help: `Usage: fourchette classify [--json] FILE

Reads one job title per line from FILE and prints, for each line and in order, its role id
(see \`fourchette roles\`), a confidence between 0 and 1 and the seniority level read from the
title (intern, junior, mid, senior, expert, lead, or null). An empty line gives role "other"
with confidence 0.

  --json   one JSON object per input line: { "title", "role", "confidence", "level" }

Example: fourchette classify --json titles.txt`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, true);
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('give a FILE with one job title per line');
    if (extra.length > 0)
      throw new UsageError(
        `expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`,
      );
    if (!existsSync(file))
      throw new UsageError(`file "${file}" not found (give a text file with one title per line)`);
    const text = readFileSync(file, 'utf8');
    const lines = text.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      const title = line.trim();
      const { role, confidence, level } = classifyTitle(title);
      if (values.json) writeJsonLine(io, { title, role, confidence, level });
      else
        io.stdout.write(
          `${role.padEnd(25)} ${confidence.toFixed(2)}  ${(level ?? '-').padEnd(7)} ${title}\n`,
        );
    }
    return 0;
  },
};
export default command;
