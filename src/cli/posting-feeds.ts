/** The posting side of `fourchette ingest`: JobPosting feeds (JSON Lines, CSV, HTML pages
 * with JSON-LD) and the France Travail connector, with progress on stderr. */
import {
  ingestFranceTravail,
  ingestPostingFile,
  type AppContext,
  type PostingFormat,
  type PostingIngestReport,
} from '../service/index.ts';
import type { CliIO } from './command.ts';

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

export async function ingestFromFranceTravail(
  ctx: AppContext,
  flags: {
    since?: string | undefined;
    until?: string | undefined;
    rome?: string | undefined;
    json: boolean;
  },
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
  if (!flags.json) {
    if (report.retries > 0) io.stdout.write(`  ${report.retries} requests retried (429 / 5xx)\n`);
    for (const t of report.truncated) io.stdout.write(`  truncated: ${t}\n`);
  }
}
