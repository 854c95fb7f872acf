/** The posting side of `fourchette ingest`: JobPosting feeds (JSON Lines, CSV, HTML pages
 * with JSON-LD) and the France Travail connector, with progress on stderr. Beside a running
 * server, feed files go to it in parts (POST /api/ingest/postings), since it holds the store. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ingestFranceTravailRoute, ingestPostingsRoute } from '../api/index.ts';
import type {
  FranceTravailReportPayload,
  PostingFeedPart,
  PostingFeedReport,
} from '../contract/index.ts';
import type { Config } from '../config.ts';
import {
  checkRomeCodes,
  FRANCE_TRAVAIL_ROME_CODES,
  finishPostingFile,
  ingestFranceTravail,
  ingestPostingFile,
  queuePostingFile,
  startPostingWorkers,
  workersFeed,
  type QueuedFeed,
  type AppContext,
  type PostingFormat,
  type PostingIngestReport,
} from '../service/index.ts';
import { UsageError, type CliIO } from './command.ts';
import type { RouteClient } from './route-client.ts';

export interface PostingFlags {
  readonly source?: string;
  readonly licence?: string;
  readonly shareEvidence: boolean;
  readonly fromStart: boolean;
  readonly json: boolean;
}

const SHOWN_BAD_LINES = 20;

export function progressLine(io: CliIO, label: string, intervalMs = 2000) {
  let last = 0;
  return (p: { done: number; stored: number; share: number }) => {
    const t = Date.now();
    if (t - last < intervalMs && p.share < 1) return;
    last = t;
    const line = `${label}: ${p.done} records read, ${p.stored} postings stored (${Math.round(p.share * 100)}%)`;
    io.stderr.write(io.stderr.isTTY ? `\r${line}\x1b[K${p.share >= 1 ? '\n' : ''}` : `${line}\n`);
  };
}

export function writePostingReport(
  io: CliIO,
  file: string,
  r: PostingIngestReport,
  json: boolean,
): void {
  if (json) {
    io.stdout.write(`${JSON.stringify({ file, ...r, bad: r.bad.map((b) => b.message) })}\n`);
    return;
  }
  const resumed = r.resumedAfter > 0 ? ` (resumed after record ${r.resumedAfter})` : '';
  io.stdout.write(
    `${file}: ${r.read} postings read${resumed}, ${r.stored} sightings stored of which ${r.reposts} reposts, ${r.resent} sent again (not stored twice), ${r.observations} pay observations stored, ${r.bad.length} bad records (source ${r.sourceId})\n`,
  );
  for (const b of r.bad.slice(0, SHOWN_BAD_LINES)) io.stdout.write(`  ${b.message}\n`);
  if (r.bad.length > SHOWN_BAD_LINES)
    io.stdout.write(`  … and ${r.bad.length - SHOWN_BAD_LINES} more\n`);
}

export async function ingestPostingFiles(
  ctx: AppContext,
  files: readonly (readonly [string, PostingFormat])[],
  flags: PostingFlags,
  io: CliIO,
): Promise<void> {
  for (const [file, format] of files) {
    const report = await ingestPostingFile(ctx, file, format, {
      ...(flags.source ? { sourceId: flags.source } : {}),
      ...(flags.licence ? { licence: flags.licence } : {}),
      shareEvidence: flags.shareEvidence,
      fromStart: flags.fromStart,
      onProgress: progressLine(io, `ingest ${file}`),
    });
    writePostingReport(io, file, report, flags.json);
  }
}

/** Feed files through `workers` ingest worker processes sharing a queue in PostgreSQL. */
export async function ingestPostingFilesWithWorkers(
  config: Config,
  files: readonly (readonly [string, PostingFormat])[],
  flags: PostingFlags,
  workers: number,
  io: CliIO,
): Promise<void> {
  for (const [file, format] of files) {
    const { feed } = workersFeed(config, file, format, flags.source);
    const label = `ingest ${file} (${workers} worker${workers > 1 ? 's' : ''})`;
    const progress = progressLine(io, label);
    // Started first: they load while the file is read and queued.
    const pool = startPostingWorkers(
      config,
      feed,
      workers,
      (p) => progress({ done: p.read, stored: p.stored, share: p.jobsDone / Math.max(1, p.jobs) }),
      io.env as NodeJS.ProcessEnv,
    );
    let queued: QueuedFeed;
    try {
      queued = await queuePostingFile(config, file, format, {
        workers,
        ...(flags.source ? { sourceId: flags.source } : {}),
        ...(flags.licence ? { licence: flags.licence } : {}),
        shareEvidence: flags.shareEvidence,
        fromStart: flags.fromStart,
      });
    } catch (error) {
      pool.stop();
      await pool.done.catch(() => undefined);
      throw error;
    }
    if (queued.resumed)
      io.stderr.write(
        `${label}: ${queued.jobs} jobs of this feed were still queued by an earlier run: finishing them (--from-start queues the file anew)\n`,
      );
    pool.go(queued);
    const report = await pool.done;
    writePostingReport(io, file, await finishPostingFile(config, queued, report), flags.json);
  }
}

export interface FranceTravailFlags {
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly rome?: string | undefined;
  readonly json: boolean;
}

/** The connector's closing lines: retries and truncated searches. */
function writeFranceTravailTrailer(
  io: CliIO,
  json: boolean,
  retries: number,
  truncated: readonly string[],
): void {
  if (json) return;
  if (retries > 0) io.stdout.write(`  ${retries} requests retried (429 / 5xx)\n`);
  for (const t of truncated) io.stdout.write(`  truncated: ${t}\n`);
}

export async function ingestFromFranceTravail(
  ctx: AppContext,
  flags: FranceTravailFlags,
  io: CliIO,
): Promise<void> {
  const progress = progressLine(io, 'France Travail');
  const report = await ingestFranceTravail(ctx, {
    ...(flags.since ? { since: flags.since } : {}),
    ...(flags.until ? { until: flags.until } : {}),
    ...(flags.rome ? { romeCodes: flags.rome.split(',').map((c) => c.trim().toUpperCase()) } : {}),
    onProgress: (p) => progress({ done: p.done, stored: p.stored, share: 0 }),
  });
  for (const feed of report.feeds)
    writePostingReport(io, `France Travail ${feed.romeCode}`, feed, flags.json);
  writeFranceTravailTrailer(io, flags.json, report.retries, report.truncated);
}

/** The France Travail connector run by the server that holds the store, one ROME code a request
 * (each a resumable feed), with this command's credentials. */
export async function sendFranceTravail(
  client: RouteClient,
  config: Config,
  flags: FranceTravailFlags,
  io: CliIO,
): Promise<void> {
  const { clientId, clientSecret } = config.franceTravail;
  if (!clientId || !clientSecret)
    throw new UsageError(
      'the France Travail connector needs FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET (the credentials of a francetravail.io application subscribed to the "Offres d\'emploi v2" API)',
    );
  // Checked here, as in process: the route would name "rome.0" rather than the code.
  const codes = flags.rome
    ? checkRomeCodes(flags.rome.split(',').map((c) => c.trim().toUpperCase()))
    : FRANCE_TRAVAIL_ROME_CODES;
  let retries = 0;
  const truncated: string[] = [];
  for (const code of codes) {
    io.stderr.write(`France Travail ${code} (via ${client.via()})\n`);
    const r = (await client.ask(ingestFranceTravailRoute, {
      body: {
        ...(flags.since ? { since: flags.since } : {}),
        ...(flags.until ? { until: flags.until } : {}),
        rome: [code],
        clientId,
        clientSecret,
      },
    })) as FranceTravailReportPayload;
    for (const feed of r.feeds)
      writePostingReport(io, `France Travail ${feed.romeCode}`, feed, flags.json);
    retries += r.retries;
    truncated.push(...r.truncated);
  }
  writeFranceTravailTrailer(io, flags.json, retries, truncated);
}

/** Parts stay well under the API's 4 MB body limit (JSON escaping may double some text). */
const PART_BYTES = 1_500_000;

/** The parts of a feed file: runs of whole lines for JSON Lines (read as a stream), the whole
 * file for CSV (a quoted field may hold line breaks) and HTML. */
async function* feedParts(
  file: string,
  format: PostingFormat,
): AsyncGenerator<{ content: string; firstLine: number; bytes: number }> {
  if (format !== 'json-lines') {
    const content = readFileSync(file, 'utf8');
    const bytes = Buffer.byteLength(content);
    if (bytes > PART_BYTES)
      throw new UsageError(
        `${file} is ${(bytes / 1e6).toFixed(1)} MB, over the ${PART_BYTES / 1e6} MB a ${format} feed may be to go to the running server: stop the server and ingest it again (or give it as JSON Lines, sent in parts)`,
      );
    yield { content, firstLine: 1, bytes };
    return;
  }
  let lines: string[] = [];
  let bytes = 0;
  let firstLine = 1;
  let n = 0;
  for await (const line of createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  })) {
    n += 1;
    const size = Buffer.byteLength(line) + 1;
    if (lines.length > 0 && bytes + size > PART_BYTES) {
      yield { content: `${lines.join('\n')}\n`, firstLine, bytes };
      lines = [];
      bytes = 0;
      firstLine = n;
    }
    lines.push(line);
    bytes += size;
  }
  // An empty file is one empty part: the server still reports on it.
  if (lines.length > 0 || n === 0)
    yield { content: lines.map((l) => `${l}\n`).join(''), firstLine, bytes };
}

/** Feed files handed to the running server, part after part, with the same progress and report
 * as in process. */
export async function sendPostingFiles(
  client: RouteClient,
  files: readonly (readonly [string, PostingFormat])[],
  flags: PostingFlags,
  io: CliIO,
): Promise<void> {
  for (const [file, format] of files) {
    const size = statSync(file).size;
    const progress = progressLine(io, `ingest ${file} (via ${client.via()})`);
    let total: PostingIngestReport | null = null;
    let firstRecord = 0;
    let sent = 0;
    for await (const part of feedParts(file, format)) {
      const body: Partial<PostingFeedPart> = {
        path: resolve(file),
        format,
        content: part.content,
        firstLine: part.firstLine,
        firstRecord,
        ...(flags.source ? { sourceId: flags.source } : {}),
        ...(flags.licence ? { licence: flags.licence } : {}),
        shareEvidence: flags.shareEvidence,
        fromStart: flags.fromStart && sent === 0,
      };
      const { records, ...r } = (await client.ask(ingestPostingsRoute, {
        body,
      })) as PostingFeedReport;
      firstRecord += records;
      sent += part.bytes;
      const sum: PostingIngestReport = total
        ? {
            ...(total as PostingIngestReport),
            read: total.read + r.read,
            stored: total.stored + r.stored,
            resent: total.resent + r.resent,
            reposts: total.reposts + r.reposts,
            observations: total.observations + r.observations,
            bad: [...total.bad, ...r.bad],
          }
        : r;
      total = sum;
      progress({ done: firstRecord, stored: sum.stored, share: size > 0 ? sent / size : 1 });
    }
    if (total) writePostingReport(io, file, total, flags.json);
  }
}
