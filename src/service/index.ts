export * from './context.ts';
export * from './errors.ts';
export { computeDistribution, computeStats } from './stats.ts';
export { listObservations } from './observations.ts';
export { listSources } from './sources.ts';
export { parseInput, singleQueryValues } from './validate.ts';
export { computeMarket } from './market.ts';
export { listMarketFacts } from './market-facts.ts';
