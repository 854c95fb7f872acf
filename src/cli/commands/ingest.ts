import { readFileSync, statSync } from 'node:fs';
import { SOURCE_KINDS, type SourceKind } from '../../domain/index.ts';
import { ingestTexts, type TextDocument } from '../../ingest/index.ts';
import { parseCommandArgs, UsageError, type Command } from '../command.ts';
import { withContext } from '../context.ts';
import { progressReporter } from '../progress.ts';
import { ingestFromFranceTravail, ingestPostingFiles } from '../posting-feeds.ts';
import {
  hasJobPostingJsonLd,
  postingFormat,
  type PostingFormat,
} from '../../service/ingest-postings.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isReadable = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

function readText(file: string): { text: string; mtime: Date } {
  try {
    return { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtime };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (error as Error).message;
    throw new UsageError(
      `cannot read "${file}": ${why} (give the path of a posting feed, a text, HTML or Markdown file)`,
    );
  }
}

const command: Command = {
  summary: 'store job-posting feeds, and the salary facts found in text, HTML or Markdown files',
  help: `Usage: fourchette ingest [options] FILE...

Job-posting feeds (schema.org JobPosting): .jsonl / .ndjson (one JobPosting a line), .csv (named
columns: title, description, datePosted, identifier, hiringOrganization, addressLocality, salary,
…) and .html pages carrying JobPosting JSON-LD. Each posting is stored once (a resent identifier
adds nothing; a repost elsewhere is a second sighting of the same posting); a posting's pay
becomes one salary observation. Feeds resume where a stopped run left off; bad lines are listed
with their number and the rest goes on.

Other files: extracts every pay fact of each file and stores it with its provenance (file,
offsets, evidence). Ingesting the same file again adds nothing. Progress goes to stderr.

Options:
  --kind KIND        article (default), posting, contribution or dataset
  --date YYYY-MM-DD  the date the figures describe (default: the file's modification date)
  --licence TEXT     the text's licence (default: "unknown")
  --share-evidence   the licence allows showing the evidence sentences to users
  --title TEXT       source title (default: the file name; only with one file)
  --france-travail   read the France Travail "Offres d'emploi v2" API (FRANCE_TRAVAIL_CLIENT_ID and
                     FRANCE_TRAVAIL_CLIENT_SECRET in the environment): the offers of the AI and data
                     ROME codes, resumable per code and window
  --since YYYY-MM-DD --until YYYY-MM-DD   its creation-date window (default: the last 31 days)
  --rome CODES       its ROME codes, comma-separated (default: M1405,M1414,M1419,M1851,M1824,M1811,M1868,M1889,M1873,M1423)
  --source ID        source id of posting feeds (default: postings-<file name>)
  --from-start       read posting feeds from their start, ignoring where the last run stopped
  --json             print one JSON line per file: {file, sourceId, facts, inserted, skipped, notStored}
                     (posting feeds: {file, sourceId, read, stored, reposts, resent, observations, bad})`,
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
        'france-travail': { type: 'boolean' },
        since: { type: 'string' },
        until: { type: 'string' },
        rome: { type: 'string' },
      },
      true,
    );
    if (values['france-travail']) {
      if (positionals.length > 0)
        throw new UsageError('--france-travail reads the API, not files: give one or the other');
      await withContext((ctx) =>
        ingestFromFranceTravail(
          ctx,
          {
            since: values.since,
            until: values.until,
            rome: values.rome,
            json: Boolean(values.json),
          },
          io,
        ),
      );
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError(
        'no file given (usage: fourchette ingest FILE... or fourchette ingest --france-travail)',
      );
    const kind = (values.kind ?? 'article') as SourceKind;
    if (!SOURCE_KINDS.includes(kind))
      throw new UsageError(
        `--kind "${values.kind}" is invalid (expected one of ${SOURCE_KINDS.join(', ')})`,
      );
    if (
      values.date !== undefined &&
      (!DATE.test(values.date) || Number.isNaN(Date.parse(values.date)))
    ) {
      throw new UsageError(
        `--date "${values.date}" is invalid (expected a date such as 2024-06-03)`,
      );
    }
    if (values.title !== undefined && positionals.length > 1)
      throw new UsageError('--title names one file; give one file, or no --title');
    const feeds: [string, PostingFormat][] = [];
    const texts: string[] = [];
    for (const file of positionals) {
      const format = postingFormat(file);
      const html = format === 'html' && isReadable(file) ? readFileSync(file, 'utf8') : null;
      if (format && (format !== 'html' || (html !== null && hasJobPostingJsonLd(html))))
        feeds.push([file, format]);
      else texts.push(file);
    }
    for (const [file] of feeds) if (!isReadable(file)) readText(file); // throws the reason
    if (feeds.length > 0) {
      await withContext((ctx) =>
        ingestPostingFiles(
          ctx,
          feeds,
          {
            ...(values.source ? { source: values.source } : {}),
            ...(values.licence ? { licence: values.licence } : {}),
            shareEvidence: Boolean(values['share-evidence']),
            fromStart: Boolean(values['from-start']),
            json: Boolean(values.json),
          },
          io,
        ),
      );
    }
    if (texts.length === 0) return 0;
    const docs: TextDocument[] = texts.map((file) => {
      const { text, mtime } = readText(file);
      return {
        text,
        name: file,
        ...(values.title ? { title: values.title } : {}),
        kind,
        licence: values.licence ?? 'unknown',
        shareEvidence: Boolean(values['share-evidence']),
        observedOn: values.date ?? mtime.toISOString().slice(0, 10),
      };
    });
    // Progress only where it helps: many files or a large input.
    const long = docs.length > 20 || docs.reduce((n, d) => n + d.text.length, 0) > 1_000_000;
    const reports = await withContext((ctx) =>
      ingestTexts(
        ctx.store,
        docs,
        ctx.tables,
        long ? { onProgress: progressReporter(io, 'ingest') } : {},
      ),
    );
    for (const r of reports) {
      if (values.json)
        io.stdout.write(`${JSON.stringify({ file: r.name, ...r, name: undefined })}\n`);
      else {
        io.stdout.write(
          `${r.name}: ${r.facts} facts, ${r.inserted} stored, ${r.skipped} already stored (source ${r.sourceId})\n`,
        );
        for (const s of r.notStored)
          io.stdout.write(`  not stored: "${s.evidence}": ${s.reason}\n`);
      }
    }
    return 0;
  },
};
export default command;
