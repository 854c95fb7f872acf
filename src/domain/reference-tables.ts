/** The reference tables every normalization takes as an argument (loaded from data/ by
 * src/reference/, passed in by the callers: the core stays pure). */
import type { FreelanceCurves } from './freelance/curves.ts';
import type { FxTable } from './fx.ts';
import type { GrossNetCurves } from './gross-net/curves.ts';
import type { PppTable } from './ppp.ts';
import type { WorkingTime } from './working-time.ts';

export interface WorkingTimeLookup {
  readonly byCountry: ReadonlyMap<string, WorkingTime>;
  readonly fallback: WorkingTime;
}

export interface NormalizeTables {
  readonly fx: FxTable;
  readonly workingTime: WorkingTimeLookup;
  /** France gross ↔ net curves; without them, basis conversions answer "not available". */
  readonly grossNet?: GrossNetCurves;
  /** Freelance revenue → net curves (same rules and date as grossNet). */
  readonly freelance?: FreelanceCurves;
  readonly ppp?: PppTable;
}
