/** A part of a job-posting feed file sent over HTTP (POST /api/ingest/postings): what
 * `fourchette ingest FILE.jsonl` hands to the server that holds the store, one part after the
 * other. The same pipeline and cursor key as reading the file in process (ingest-postings.ts),
 * so a feed stopped half-way resumes either way. */
import { basename } from 'node:path';
import type { PostingFeedPart, PostingFeedReport } from '../contract/index.ts';
import {
  ingestPostings,
  readCsvPostings,
  readHtmlPostings,
  readJsonLine,
  type ReadItem,
} from '../ingest/index.ts';
import { classifyTitle } from '../reference/index.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { defaultPostingSourceId, postingSource } from './ingest-postings.ts';

async function readPart(part: PostingFeedPart, name: string): Promise<ReadItem[]> {
  if (part.format === 'html') return readHtmlPostings(part.content, name);
  const items: ReadItem[] = [];
  if (part.format === 'csv') {
    for await (const item of readCsvPostings(part.content, name)) items.push(item);
    return items;
  }
  const lines = part.content.split('\n');
  // The content ends with a line break: no empty last line to count.
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    items.push(...readJsonLine(line.replace(/\r$/, ''), part.firstLine + i, name));
  });
  return items;
}

export async function ingestPostingPart(
  ctx: AppContext,
  part: PostingFeedPart,
): Promise<PostingFeedReport> {
  const sourceId = part.sourceId ?? defaultPostingSourceId(part.path);
  const name = basename(part.path);
  const items = await readPart(part, name);
  // The pipeline starts after the records its saved cursor covers: of this part, those past
  // it (none when the cursor is beyond this part).
  const after = (resumeAfter: number) =>
    (async function* () {
      // Parts come in order: a cursor short of this part means one went missing.
      if (resumeAfter < part.firstRecord)
        throw new AppError(
          'invalid-parameter',
          400,
          `${name}: the feed's cursor is at record ${resumeAfter}, before this part (record ${part.firstRecord}): send the file again from its start`,
          { parameter: 'firstRecord', value: part.firstRecord },
        );
      yield* items.slice(resumeAfter - part.firstRecord);
    })();
  const report = await ingestPostings(ctx.store, after, {
    source: postingSource(sourceId, name, part.licence, part.shareEvidence),
    feed: `file:${sourceId}:${part.path}`,
    context: { classify: (title) => classifyTitle(title), tables: ctx.tables },
    shareEvidence: part.shareEvidence,
    ...(part.fromStart ? { fromStart: true } : {}),
  });
  return { ...report, records: items.length, bad: [...report.bad] };
}
