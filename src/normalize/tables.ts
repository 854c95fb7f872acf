/** The reference tables every normalization takes as an argument (loaded by src/reference/). */
import type { FreelanceCurves } from '../domain/freelance/curves.ts';
import type { FxTable } from '../domain/fx.ts';
import type { GrossNetCurves } from '../domain/gross-net/curves.ts';
import type { PppTable } from '../domain/ppp.ts';
import type { WorkingTime } from '../domain/working-time.ts';

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
