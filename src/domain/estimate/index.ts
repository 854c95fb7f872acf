export { fitEstimator, DEFAULT_OPTIONS, ESTIMATOR_REVISION, EstimatorInputError } from './fit.ts';
export { estimate } from './predict.ts';
export { titleFamily, normaliseTitle } from './title-family.ts';
export { FALLBACK_RUNGS } from './fallback.ts';
export * from './types.ts';
