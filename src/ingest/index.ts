export { loadBundledData, type BundledLoadReport } from './bundled.ts';
export { yearlyEurValue, type ReferenceTables } from './yearly-eur.ts';
export { observationId } from './observation-id.ts';
