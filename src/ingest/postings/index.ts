export {
  ingestPostings,
  type PostingIngestOptions,
  type PostingIngestReport,
} from './ingest-postings.ts';
export { readJsonLines, readJsonLine } from './read-json-lines.ts';
export { readCsvPostings } from './read-csv.ts';
export { readHtmlPostings } from './read-html.ts';
export { RepostIndex } from './repost-index.ts';
export { simHash, hammingDistance } from './simhash.ts';
export { normalizePosting, sightingId } from './to-sighting.ts';
export type { PostingRecord, ReadItem, BadRecord } from './posting-record.ts';
export {
  addPostingCounts,
  drainPostingQueue,
  type DrainOptions,
  type WorkerReport,
} from './queue-worker.ts';
export { jobCount, postingJobs, POSTINGS_PER_JOB, type PostingJobDraft } from './queue-jobs.ts';
export { FranceTravailClient, FranceTravailError } from './france-travail/client.ts';
export {
  AI_DATA_ROME_CODES,
  franceTravailItems,
  searchFeedKey,
  type FranceTravailSearch,
} from './france-travail/feed.ts';
