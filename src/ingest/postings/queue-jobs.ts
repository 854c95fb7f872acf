/**
 * A JSON Lines feed cut into queue jobs for parallel ingest workers. Lines are partitioned by
 * their repost block (employer and place, see repost-index.ts), so that every sighting that
 * could repost another lands in the same job: workers, each with its own repost index, then
 * miss no repost between jobs. Jobs come largest first.
 */
import { findTypedNodes } from '../../extract/index.ts';
import { readJobPosting } from '../../extract/index.ts';
import { employerKey } from './repost-index.ts';

function partitionOf(line: string, partitions: number): number {
  let key = '';
  try {
    const [node] = findTypedNodes(JSON.parse(line), 'JobPosting');
    if (node) {
      const f = readJobPosting(node);
      key = `${employerKey(f.employer)}|${(f.city ?? '').toLowerCase()}`;
    }
  } catch {
    // a bad line goes anywhere: its worker reports it
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % partitions;
}

export interface PostingJobDraft {
  readonly feed: string;
  readonly sourceId: string;
  readonly lines: string[];
  /** The 1-based number of each line in the feed (blank lines are left out of jobs). */
  readonly lineNumbers: number[];
}

/** The non-blank lines of a feed in `partitions` jobs by repost block, largest first; `first`
 * is the number of the first line given (a feed queued after its first lines). */
export function postingJobs(
  lines: readonly string[],
  feed: string,
  sourceId: string,
  partitions = 64,
  first = 1,
): PostingJobDraft[] {
  const parts: { lines: string[]; lineNumbers: number[] }[] = Array.from(
    { length: partitions },
    () => ({ lines: [], lineNumbers: [] }),
  );
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const part = parts[partitionOf(line, partitions)];
    part?.lines.push(line);
    part?.lineNumbers.push(first + i);
  });
  // Largest first: workers take jobs in order, so the last ones taken are the shortest and
  // the workers finish close together.
  return parts
    .filter((p) => p.lines.length > 0)
    .sort((a, b) => b.lines.length - a.lines.length)
    .map((p) => ({ feed, sourceId, lines: p.lines, lineNumbers: p.lineNumbers }));
}

/** Jobs of about this many postings: fewer, and the last job leaves a worker idle while the
 * others finish theirs; more, and each job's transactions and commits cost more than its
 * postings (measured on the queue bench, 2026-12-01). */
export const POSTINGS_PER_JOB = 2_500;

/** How many jobs a feed of `lines` lines makes for `workers` workers: about POSTINGS_PER_JOB
 * postings each, and at least four a worker, so they finish close together. */
export function jobCount(lines: number, workers: number): number {
  return Math.max(1, Math.min(1_024, Math.max(4 * workers, Math.ceil(lines / POSTINGS_PER_JOB))));
}
