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

export function postingJobs(
  lines: readonly string[],
  feed: string,
  sourceId: string,
  partitions = 64,
): { feed: string; sourceId: string; lines: string[] }[] {
  const parts: string[][] = Array.from({ length: partitions }, () => []);
  for (const line of lines) if (line.trim()) parts[partitionOf(line, partitions)]?.push(line);
  // Largest first: workers take jobs in order, so the last ones taken are the shortest and
  // the workers finish close together.
  return parts
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((p) => ({ feed, sourceId, lines: p }));
}
