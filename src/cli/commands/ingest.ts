/** `fourchette ingest FILE...`: reads the files and hands them to POST /api/ingest, on the
 * running server of the data folder when there is one (it holds the store), else in-process. */
import { readFileSync, statSync } from 'node:fs';
import { ingestRoute } from '../../api/index.ts';
import {
  IngestDocumentSchema,
  type IngestDocument,
  type IngestResponse,
} from '../../contract/index.ts';
import { parseInput } from '../../service/index.ts';
import {
  parseCommandArgs,
  UsageError,
  writeJsonLine,
  type CliIO,
  type Command,
} from '../command.ts';
import { progressReporter } from '../progress.ts';
import { asOptionMessage, openRouteClient } from '../route-client.ts';

/** Files go in batches that stay well under the API's 4 MB body limit. */
const BATCH_BYTES = 2_000_000;

function readDocument(file: string, values: Record<string, unknown>): IngestDocument {
  let text: string;
  let mtime: Date;
  try {
    text = readFileSync(file, 'utf8');
    mtime = statSync(file).mtime;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (error as Error).message;
    throw new UsageError(
      `cannot read "${file}": ${why} (give the path of a text, HTML or Markdown file)`,
    );
  }
  const raw = {
    text,
    name: file,
    ...(values.title ? { title: values.title } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
    ...(values.licence ? { licence: values.licence } : {}),
    shareEvidence: Boolean(values['share-evidence']),
    observedOn: values.date ?? mtime.toISOString().slice(0, 10),
  };
  if (raw.text.trim() === '') throw new UsageError(`"${file}" is empty (nothing to ingest)`);
  try {
    return parseInput(IngestDocumentSchema, raw, 'body');
  } catch (error) {
    const e = error as Error;
    // `body parameter "observedOn"` is the --date the user typed.
    e.message = asOptionMessage(
      e.message.replace('"observedOn"', '"date"').replace('"shareEvidence"', '"share-evidence"'),
    ).replace(/option --(\S+) has invalid value "([^"]*)"/, '--$1 "$2" is invalid');
    throw e;
  }
}

function batches(docs: readonly IngestDocument[]): IngestDocument[][] {
  const out: IngestDocument[][] = [];
  let size = 0;
  for (const doc of docs) {
    const bytes = Buffer.byteLength(doc.text) + 512;
    const last = out.at(-1);
    if (!last || size + bytes > BATCH_BYTES || last.length >= 100) {
      out.push([doc]);
      size = bytes;
    } else {
      last.push(doc);
      size += bytes;
    }
  }
  return out;
}

function print(io: CliIO, r: IngestResponse['reports'][number], json: boolean): void {
  if (json) return writeJsonLine(io, r);
  io.stdout.write(
    `${r.name}: ${r.facts} facts, ${r.inserted} stored, ${r.skipped} already stored (source ${r.sourceId})\n`,
  );
  for (const s of r.notStored) io.stdout.write(`  not stored: "${s.evidence}": ${s.reason}\n`);
}

const command: Command = {
  summary: 'store the salary facts found in text, HTML or Markdown files',
  help: `Usage: fourchette ingest [options] FILE...

Extracts every pay fact of each file and stores it with its provenance (file, offsets, evidence).
Ingesting the same file again adds nothing. While a server runs on the same data folder
(npm start), the files go to it (POST /api/ingest, answered to local callers only), since it
holds the store. Progress goes to stderr.

Options:
  --kind KIND        article (default), posting, contribution or dataset
  --date YYYY-MM-DD  the date the figures describe (default: the file's modification date)
  --licence TEXT     the text's licence (default: "unknown")
  --share-evidence   the licence allows showing the evidence sentences to users
  --title TEXT       source title (default: the file name; only with one file)
  --json             one JSON line per file, the route's report: {name, sourceId, facts, inserted, skipped, notStored}`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        kind: { type: 'string' },
        date: { type: 'string' },
        licence: { type: 'string' },
        'share-evidence': { type: 'boolean' },
        title: { type: 'string' },
        json: { type: 'boolean' },
      },
      true,
    );
    if (positionals.length === 0)
      throw new UsageError('no file given (usage: fourchette ingest FILE...)');
    if (values.title !== undefined && positionals.length > 1)
      throw new UsageError('--title names one file; give one file, or no --title');
    if (values.date !== undefined && Number.isNaN(Date.parse(values.date)))
      throw new UsageError(
        `--date "${values.date}" is invalid (expected a date such as 2024-06-03)`,
      );
    const docs = positionals.map((file) => readDocument(file, values));
    const total = docs.length;
    const bytesTotal = docs.reduce((n, d) => n + d.text.length, 0);
    // Progress only where it helps: many files or a large input.
    const progress =
      total > 20 || bytesTotal > 1_000_000 ? progressReporter(io, 'ingest') : undefined;
    const client = await openRouteClient(io);
    try {
      let done = 0;
      let bytesDone = 0;
      for (const batch of batches(docs)) {
        progress?.({ done, total, bytesDone, bytesTotal, current: batch[0]?.name ?? '' });
        const r = (await client.ask(ingestRoute, { body: { documents: batch } })) as IngestResponse;
        for (const report of r.reports) print(io, report, Boolean(values.json));
        done += batch.length;
        bytesDone += batch.reduce((n, d) => n + d.text.length, 0);
      }
      progress?.({ done, total, bytesDone, bytesTotal, current: '' });
    } finally {
      await client.close();
    }
    return 0;
  },
};
export default command;
