/** `fourchette extract [--json] FILE...`: the pay facts of text, Markdown or HTML files, as
 * POST /api/extract reads them (one call per file), printed one fact a line. */
import { readFile } from 'node:fs/promises';
import { extractRoute } from '../../api/index.ts';
import type { ExtractResponse } from '../../contract/index.ts';
import {
  parseCommandArgs,
  UsageError,
  writeJsonLine,
  type CliIO,
  type Command,
} from '../command.ts';
import { table } from '../format.ts';
import { openRouteClient } from '../route-client.ts';

type ExtractedFact = ExtractResponse['facts'][number];

const help = `Usage: fourchette extract [--json] [--lang fr|en|de|nl] FILE...

Prints every pay fact found in each file (plain text, Markdown or HTML): figures, currency,
period, gross/net, base/bonus, employment, role, level, place, and where it is stated.

  --json        one JSON object per line: file, low, high, currency, period, basis, component,
                employment, role, level, country, city, evidence {start, end, text}
                (offsets are UTF-16 offsets into the file's text read as UTF-8)
  --lang fr|en|de|nl  the text's main language (guessed when absent; each sentence's own
                      language is detected too)
`;

function formatFigure(f: ExtractedFact): string {
  const n = (v: number | null): string =>
    v === null ? '…' : v.toLocaleString('en-US').replace(/,/g, ' ');
  const figure = f.low === f.high ? n(f.low) : `${n(f.low)}–${n(f.high)}`;
  return `${figure} ${f.currency}${f.period ? `/${f.period}` : ''}`;
}

const command: Command = {
  summary: 'print the pay facts of text, Markdown or HTML files',
  help,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      argv,
      { json: { type: 'boolean' }, lang: { type: 'string' } },
      true,
    );
    if (positionals.length === 0)
      throw new UsageError('no FILE given (expected one or more text, Markdown or HTML files)');
    const lang = values.lang;
    if (lang !== undefined && lang !== 'fr' && lang !== 'en' && lang !== 'de' && lang !== 'nl')
      throw new UsageError(`--lang "${lang}" is invalid (expected fr, en, de or nl)`);
    const texts: [string, string][] = [];
    for (const file of positionals) {
      try {
        texts.push([file, await readFile(file, 'utf8')]);
      } catch (error) {
        const reason =
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'no such file'
            : (error as Error).message;
        throw new UsageError(
          `cannot read "${file}": ${reason} (expected a readable text, Markdown or HTML file)`,
        );
      }
    }
    const rows: string[][] = [
      ['file', 'figure', 'basis', 'component', 'employment', 'role', 'level', 'place', 'evidence'],
    ];
    const client = await openRouteClient(io);
    const answers: [string, ExtractResponse][] = [];
    try {
      for (const [file, text] of texts) {
        const body = { text, ...(lang ? { lang } : {}) };
        answers.push([file, (await client.ask(extractRoute, { body })) as ExtractResponse]);
      }
    } finally {
      await client.close();
    }
    for (const [file, { facts }] of answers) {
      for (const f of facts) {
        const ev = f.evidence[0] ?? { start: 0, end: 0, text: '' };
        if (values.json) {
          writeJsonLine(io, {
            file,
            low: f.low,
            high: f.high,
            currency: f.currency,
            period: f.period,
            basis: f.basis,
            component: f.component,
            employment: f.employment,
            role: f.role,
            level: f.level,
            country: f.country,
            city: f.city,
            evidence: { start: ev.start, end: ev.end, text: ev.text },
          });
        } else {
          const place = [f.city, f.country].filter(Boolean).join(', ');
          rows.push([
            file,
            formatFigure(f),
            f.basis ?? '-',
            f.component,
            f.employment,
            f.role ?? '-',
            f.level ?? '-',
            place || '-',
            `${ev.start}-${ev.end} "${ev.text}"`,
          ]);
        }
      }
    }
    if (!values.json) io.stdout.write(`${rows.length > 1 ? table(rows) : 'no pay fact found'}\n`);
    return 0;
  },
};

export default command;
