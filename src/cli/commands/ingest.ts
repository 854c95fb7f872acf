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
import { withContext } from '../context.ts';
import {
  ingestFromFranceTravail,
  ingestPostingFiles,
  ingestPostingFilesWithWorkers,
  sendFranceTravail,
  sendPostingFiles,
} from '../posting-feeds.ts';
import { readConfig } from '../../config.ts';
import { checkWorkerCount } from '../../service/index.ts';
import { hasJobPostingJsonLd, postingFormat, type PostingFormat } from '../../service/index.ts';
import { asOptionMessage, openRouteClient } from '../route-client.ts';

const isFile = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** An .html file is a posting feed when it carries JobPosting JSON-LD, a text otherwise. */
const isPostingPage = (file: string): boolean =>
  isFile(file) && hasJobPostingJsonLd(readFileSync(file, 'utf8'));

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
  summary: 'store job-posting feeds, and the salary facts found in text, HTML or Markdown files',
  help: `Usage: fourchette ingest [options] FILE...
       fourchette ingest --france-travail [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--rome CODES]

Job-posting feeds (schema.org JobPosting): .jsonl / .ndjson (one JobPosting a line), .csv (named
columns: title, description, datePosted, identifier, hiringOrganization, addressLocality, salary,
…) and .html pages carrying JobPosting JSON-LD. Each posting is stored once (a resent identifier
adds nothing; a repost elsewhere is a second sighting of the same posting); a posting's pay
becomes one salary observation. A feed resumes where a stopped run left off; bad lines are
listed with their number and the rest goes on. While a server runs on the same data folder,
feeds go to it (POST /api/ingest/postings, in parts of whole lines; a CSV or HTML feed whole,
up to 1.5 MB).

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
  --json             one JSON line per file, the route's report: {name, sourceId, facts, inserted, skipped, notStored}
                     (posting feeds: {file, sourceId, read, stored, reposts, resent, observations, bad})
  --source ID        source id of posting feeds (default: postings-<file name>)
  --from-start       read posting feeds from their start, ignoring where the last run stopped
  --workers N        PostgreSQL store only: JSON Lines feeds cut into jobs queued in the database and
                     read by N worker processes at once (one a core); a stopped run leaves the rest
                     queued, and the same command finishes it
  --france-travail   read the France Travail "Offres d'emploi v2" API (FRANCE_TRAVAIL_CLIENT_ID and
                     FRANCE_TRAVAIL_CLIENT_SECRET in the environment): the offers of the AI and data
                     ROME codes created in the window, resumable per code and window
  --since, --until   its creation-date window (YYYY-MM-DD; default: the last 31 days)
  --rome CODES       its ROME codes, comma-separated (default: M1405,M1414,M1419,M1851,M1824,M1811,M1868,M1889,M1873,M1423)`,
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
        source: { type: 'string' },
        'from-start': { type: 'boolean' },
        workers: { type: 'string' },
        'france-travail': { type: 'boolean' },
        since: { type: 'string' },
        until: { type: 'string' },
        rome: { type: 'string' },
      },
      true,
    );
    const json = Boolean(values.json);
    if (values['france-travail']) {
      if (positionals.length > 0)
        throw new UsageError('--france-travail reads the API, not files: give one or the other');
      if (values.workers !== undefined)
        throw new UsageError(
          '--workers reads JSON Lines feed files, not the France Travail API: leave out --workers',
        );
      const { since, until, rome } = values;
      // Beside a running server (it holds the store) the server reads the API; else in process.
      const client = await openRouteClient(io);
      try {
        if (client.via() === 'in-process')
          await withContext(
            (ctx) => ingestFromFranceTravail(ctx, { since, until, rome, json }, io),
            io.env,
          );
        else await sendFranceTravail(client, readConfig(io.env), { since, until, rome, json }, io);
      } finally {
        await client.close();
      }
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError(
        'no file given (usage: fourchette ingest FILE... or fourchette ingest --france-travail)',
      );
    const feeds: [string, PostingFormat][] = [];
    const texts: string[] = [];
    for (const file of positionals) {
      const format = postingFormat(file);
      if (format && (format !== 'html' || isPostingPage(file))) feeds.push([file, format]);
      else texts.push(file);
    }
    for (const [file] of feeds) if (!isFile(file)) readDocument(file, values); // throws the reason
    if (feeds.length > 0) {
      const flags = {
        ...(values.source ? { source: values.source } : {}),
        ...(values.licence ? { licence: values.licence } : {}),
        shareEvidence: Boolean(values['share-evidence']),
        fromStart: Boolean(values['from-start']),
        json,
      };
      // Worker processes write to the PostgreSQL store themselves (running API processes hear of
      // it through Redis).
      if (values.workers !== undefined) {
        const workers = checkWorkerCount(values.workers);
        await ingestPostingFilesWithWorkers(readConfig(io.env), feeds, flags, workers, io);
      } else {
        // Beside a running server (it holds the store) the feeds go to it; else in process.
        const client = await openRouteClient(io);
        try {
          if (client.via() === 'in-process')
            await withContext((ctx) => ingestPostingFiles(ctx, feeds, flags, io), io.env);
          else await sendPostingFiles(client, feeds, flags, io);
        } finally {
          await client.close();
        }
      }
    }
    if (texts.length === 0) return 0;
    if (values.title !== undefined && texts.length > 1)
      throw new UsageError('--title names one file; give one file, or no --title');
    if (values.date !== undefined && Number.isNaN(Date.parse(values.date)))
      throw new UsageError(
        `--date "${values.date}" is invalid (expected a date such as 2024-06-03)`,
      );
    const docs = texts.map((file) => readDocument(file, values));
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
