/** The estimator fitted on an aijobs.net CSV file instead of the store (`fourchette estimate
 * --train`, the evaluation's contract): fit on TRAIN.csv alone, answer profiles or TEST.csv. */
import { readFileSync } from 'node:fs';
import type { EstimateQuery } from '../contract/index.ts';
import {
  estimate,
  fitEstimator,
  levelFromYears,
  type Estimate,
  type EstimateProfile,
  type EstimatorModel,
} from '../domain/index.ts';
import { parseCsv, readAijobsProfiles, readAijobsRows } from '../formats/index.ts';
import { aijobsTitleToRole } from '../reference/index.ts';
import { AppError } from './errors.ts';

function readCsvFile(file: string, what: string): string[][] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError(
      'file-unreadable',
      400,
      `${what} file "${file}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check the path`,
    );
  }
  return parseCsv(text, file);
}

/** The profile of a query, on the same rules as GET /api/estimate (years → level bands). */
export function profileOfQuery(
  q: Partial<EstimateQuery>,
  extra: { payCurrency?: string | undefined; year?: number | undefined } = {},
): EstimateProfile {
  return {
    roleId: q.role ?? null,
    rawTitle: q.title ?? null,
    level: q.level ?? (q.years !== undefined ? levelFromYears(q.years) : null),
    country: q.country ?? null,
    remote: q.remote ?? null,
    companySize: q.companySize ?? null,
    employment: q.employment ?? null,
    payCurrency: extra.payCurrency?.toUpperCase() ?? null,
    year: extra.year ?? null,
  };
}

export interface TrainedEstimator {
  readonly model: EstimatorModel;
  estimate(profile: EstimateProfile): Estimate;
  /** One estimate per data row of an aijobs.net CSV file (salary_in_usd may be empty). */
  estimateFile(file: string): Estimate[];
}

export function trainEstimatorOnFile(file: string): TrainedEstimator {
  const titleToRole = aijobsTitleToRole();
  const model = fitEstimator(readAijobsRows(readCsvFile(file, 'training'), file, titleToRole));
  return {
    model,
    estimate: (profile) => estimate(model, profile),
    estimateFile: (batch) =>
      readAijobsProfiles(readCsvFile(batch, 'batch'), batch, titleToRole).map((p) =>
        estimate(model, p),
      ),
  };
}
