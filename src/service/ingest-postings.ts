/** Job-posting feeds into the store: a file (JSON Lines, CSV or HTML page of JobPosting
 * objects), read as a stream where it can be, through the resumable posting pipeline. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Source } from '../domain/index.ts';
import {
  ingestPostings,
  readCsvPostings,
  readHtmlPostings,
  readJsonLines,
  type PostingIngestReport,
} from '../ingest/index.ts';
import { mayHoldJobPosting, readPagePostings } from '../extract/index.ts';
import { classifyTitle } from '../reference/index.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';

export type PostingFormat = 'json-lines' | 'csv' | 'html';

/** The posting format of a file by its extension (null: not a posting feed). */
export function postingFormat(file: string): PostingFormat | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'json-lines';
  if (ext === '.csv') return 'csv';
  if (ext === '.html' || ext === '.htm') return 'html';
  return null;
}

/** Does an HTML file carry JobPosting JSON-LD (else it is ingested as a text)? */
export function hasJobPostingJsonLd(html: string): boolean {
  return mayHoldJobPosting(html) && readPagePostings(html).postings.length > 0;
}

/** The lines of a stream, read only once iteration starts (a readline interface made earlier
 * would drop the lines emitted while the pipeline opens its store). */
async function* lines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  yield* createInterface({ input, crlfDelay: Infinity });
}

const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function defaultPostingSourceId(file: string): string {
  const slug = basename(file, extname(file))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `postings-${slug || 'feed'}`;
}

export interface PostingFileOptions {
  readonly sourceId?: string;
  readonly licence?: string;
  readonly shareEvidence?: boolean;
  readonly fromStart?: boolean;
  readonly batchSize?: number;
  readonly onProgress?: (p: { done: number; stored: number; share: number }) => void;
}

export function postingSource(id: string, title: string, licence: string, share: boolean): Source {
  return {
    id,
    title,
    publisher: 'job postings feed',
    licence,
    date: new Date().toISOString().slice(0, 10),
    url: null,
    kind: 'posting',
    evidenceShareable: share,
  };
}

/** A posting source id as the user gives it (--source), checked. */
export function checkPostingSourceId(sourceId: string): string {
  if (!SOURCE_ID.test(sourceId))
    throw new AppError(
      'invalid-parameter',
      400,
      `source id "${sourceId}" is invalid (expected lower-case letters, digits and dashes, such as postings-france-travail)`,
    );
  return sourceId;
}

/** The feed (cursor and queue key) of a posting file: its source and absolute path. */
export const postingFileFeed = (sourceId: string, file: string): string =>
  `file:${sourceId}:${resolve(file)}`;

export async function ingestPostingFile(
  ctx: AppContext,
  file: string,
  format: PostingFormat,
  options: PostingFileOptions = {},
): Promise<PostingIngestReport> {
  const sourceId = checkPostingSourceId(options.sourceId ?? defaultPostingSourceId(file));
  const size = statSync(file).size;
  const stream = format === 'html' ? null : createReadStream(file, { encoding: 'utf8' });
  const name = basename(file);
  const items =
    format === 'html'
      ? readHtmlPostings(readFileSync(file, 'utf8'), name)
      : format === 'csv'
        ? readCsvPostings(stream as NonNullable<typeof stream>, name)
        : readJsonLines(lines(stream as NonNullable<typeof stream>), name);
  try {
    return await ingestPostings(ctx.store, items, {
      source: postingSource(
        sourceId,
        name,
        options.licence ?? 'unknown',
        options.shareEvidence ?? false,
      ),
      feed: postingFileFeed(sourceId, file),
      context: { classify: (title) => classifyTitle(title), tables: ctx.tables },
      ...(options.shareEvidence !== undefined ? { shareEvidence: options.shareEvidence } : {}),
      ...(options.fromStart ? { fromStart: true } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      onProgress: (p) =>
        options.onProgress?.({
          done: p.done,
          stored: p.stored,
          share: size > 0 && stream ? stream.bytesRead / size : 1,
        }),
    });
  } finally {
    stream?.destroy();
  }
}
