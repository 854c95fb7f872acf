/** The reference tables every normalization takes as an argument: defined in domain/ (so that
 * src/reference/, which loads them, needs nothing of normalize/). */
export type { NormalizeTables, WorkingTimeLookup } from '../domain/index.ts';
