export * from './context.ts';
export * from './errors.ts';
export { compareAmounts } from './compare-amounts.ts';
export { compare, convert, freelance, viewTrace } from './conversions.ts';
export { computeEstimate } from './estimate.ts';
export { readText } from './extract.ts';
export { ingestDocuments } from './ingest.ts';
export { computeDistribution, computeStats } from './stats.ts';
export { computePanorama } from './panorama.ts';
export { listObservations } from './observations.ts';
export { classify, listRoleSummaries, roleGuide } from './roles.ts';
export { listSources } from './sources.ts';
export { parseInput, singleQueryValues } from './validate.ts';
export { computeMarket } from './market.ts';
export { listMarketFacts } from './market-facts.ts';
export {
  profileOfQuery,
  trainEstimatorOnFile,
  type TrainedEstimator,
} from './estimate-training.ts';
