export * from './context.ts';
export * from './errors.ts';
export { compareAmounts } from './compare-amounts.ts';
export { compare } from './compare.ts';
export { convert, freelance, viewTrace } from './conversions.ts';
export { computeEstimate } from './estimate.ts';
export { readText } from './extract.ts';
export { ingestDocuments } from './ingest.ts';
export { computeDistribution, computeStats } from './stats.ts';
export { computePanorama } from './panorama.ts';
export { listObservations } from './observations.ts';
export { classify, listRoleSummaries, roleGuide } from './roles.ts';
export { listSources } from './sources.ts';
export { parseInput, singleQueryValues } from './validate.ts';
export * from './contributions/index.ts';
export { withContributionPrivacy } from './privacy/private-store.ts';
export { createRateLimiter, openContributionLimiter, type RateLimiter } from './rate-limiter.ts';
export { computeMarket } from './market.ts';
export { listMarketFacts } from './market-facts.ts';
export {
  profileOfQuery,
  trainEstimatorOnFile,
  type TrainedEstimator,
} from './estimate-training.ts';
export {
  defaultPostingSourceId,
  hasJobPostingJsonLd,
  ingestPostingFile,
  postingFormat,
  postingSource,
  type PostingFileOptions,
  type PostingFormat,
} from './ingest-postings.ts';
export {
  checkWorkerCount,
  finishPostingFile,
  postingWorkerFlags,
  queuePostingFile,
  startPostingWorkers,
  workersFeed,
  type PostingWorkers,
  type QueuedFeed,
  type WorkersProgress,
} from './ingest-workers.ts';
export {
  checkRomeCodes,
  FRANCE_TRAVAIL_ROME_CODES,
  FRANCE_TRAVAIL_SOURCE,
  ingestFranceTravail,
  type FranceTravailOptions,
  type FranceTravailReport,
} from './ingest-france-travail.ts';
export type { PostingIngestReport } from '../ingest/index.ts';
export { ingestPostingPart } from './ingest-posting-part.ts';
