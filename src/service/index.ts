export * from './context.ts';
export * from './errors.ts';
export { computeDistribution, computeStats } from './stats.ts';
export { listObservations } from './observations.ts';
export { listSources } from './sources.ts';
export { parseInput, singleQueryValues } from './validate.ts';
export * from './contributions/index.ts';
export { withContributionPrivacy } from './privacy/private-store.ts';
export { createRateLimiter, openContributionLimiter, type RateLimiter } from './rate-limiter.ts';
