import { resolve } from 'node:path';

/** ../shared beside the work tree (override with FOURCHETTE_SHARED_DIR). */
export const SHARED_DIR = resolve(process.env.FOURCHETTE_SHARED_DIR ?? '../shared');

export interface EvalTarget {
  readonly name: string;
  readonly ok: boolean;
  /** What was measured, in words and figures. */
  readonly measured: string;
}

export interface EvalResult {
  /** Lines printed before the targets: tables, confusion matrices, anomalies. */
  readonly report: string[];
  readonly targets: EvalTarget[];
}

export interface Evaluation {
  readonly name: string;
  run(): Promise<EvalResult>;
}
