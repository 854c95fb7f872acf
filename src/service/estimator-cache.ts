/** The fitted estimator of the stored observations: fitted once per observations version,
 * kept in memory and on disk (so a restart does not refit), refitted after an ingest. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  ESTIMATOR_REVISION,
  fitEstimator,
  type EstimatorModel,
  type EstimatorRow,
} from '../domain/index.ts';
import type { CompanySize, Employment, Level, Remote } from '../domain/index.ts';
import type { SalaryStore, TrainingRow } from '../store/index.ts';

/** Fitting is linear in rows; beyond this many observations a deterministic sample is enough. */
export const MAX_TRAINING_OBSERVATIONS = 200_000;

/** How often a warm cache asks the store whether observations were added. */
const RECHECK_MS = 10_000;

/** Each end of a range counts for half, at the EUR scale of the stored representative value. */
export function toEstimatorRows(rows: readonly TrainingRow[]): EstimatorRow[] {
  const out: EstimatorRow[] = [];
  for (const r of rows) {
    const common = {
      roleId: r.roleId,
      rawTitle: r.rawTitle,
      level: r.level as Level | null,
      country: r.country,
      remote: r.remote as Remote | null,
      companySize: r.companySize as CompanySize | null,
      employment: r.employment as Employment,
      payCurrency: r.currency,
      year: r.year,
    };
    const mid = r.low !== null && r.high !== null ? (r.low + r.high) / 2 : (r.low ?? r.high);
    if (r.low !== null && r.high !== null && r.low !== r.high && mid) {
      const scale = r.valueYearEur / mid;
      out.push(
        { ...common, value: r.low * scale, weight: 0.5 },
        { ...common, value: r.high * scale, weight: 0.5 },
      );
    } else out.push({ ...common, value: r.valueYearEur });
  }
  return out;
}

/** Runs fitEstimator in a worker thread, so the server keeps answering during the fit; fits on
 * this thread if the worker cannot start. */
export function fitInWorker(rows: EstimatorRow[]): Promise<EstimatorModel> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./fit-worker.mjs', import.meta.url));
    let answered = false;
    worker.once(
      'message',
      (m: { ok: true; model: EstimatorModel } | { ok: false; message: string }) => {
        answered = true;
        void worker.terminate();
        if (m.ok) resolve(m.model);
        else reject(new Error(`estimator fit failed: ${m.message}`));
      },
    );
    worker.once('error', (error) => {
      if (answered) return;
      try {
        resolve(fitEstimator(rows));
      } catch {
        reject(error);
      }
    });
    worker.postMessage(rows);
  });
}

export class EstimatorCache {
  private current: { version: string; model: EstimatorModel } | undefined;
  private checkedAt = 0;
  private pending: Promise<{ version: string; model: EstimatorModel }> | undefined;

  constructor(
    private readonly store: SalaryStore,
    /** Folder for fitted models; null keeps them in memory only. */
    private readonly cacheDir: string | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** The model of the current observations (fitting it when they changed). */
  async get(): Promise<{ version: string; model: EstimatorModel }> {
    if (this.current && this.now() - this.checkedAt < RECHECK_MS) return this.current;
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Resolves once no fit is under way (before the store closes: a query in flight on a closing
   * DuckDB connection would never return). */
  async settled(): Promise<void> {
    await this.pending?.catch(() => undefined);
  }

  /** Forget the check time: the next call asks the store (after an ingest in this process). */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async refresh(): Promise<{ version: string; model: EstimatorModel }> {
    const version = await this.store.observationsVersion();
    this.checkedAt = this.now();
    if (this.current?.version === version) return this.current;
    const file = this.cacheDir
      ? join(
          this.cacheDir,
          // A model of another revision of the code is not reused, whatever the data.
          `estimator-${createHash('sha1').update(`${ESTIMATOR_REVISION}|${version}`).digest('hex').slice(0, 16)}.json`,
        )
      : null;
    let model: EstimatorModel | undefined;
    if (file) {
      try {
        model = JSON.parse(readFileSync(file, 'utf8')) as EstimatorModel;
      } catch {
        model = undefined;
      }
    }
    if (!model) {
      model = await fitInWorker(
        toEstimatorRows(await this.store.trainingRows(MAX_TRAINING_OBSERVATIONS)),
      );
      if (file && this.cacheDir) {
        mkdirSync(this.cacheDir, { recursive: true });
        writeFileSync(file, JSON.stringify(model));
        // Models of earlier observations or revisions are never read again.
        for (const name of readdirSync(this.cacheDir))
          if (/^estimator-[0-9a-f]{16}\.json$/.test(name) && join(this.cacheDir, name) !== file)
            rmSync(join(this.cacheDir, name), { force: true });
      }
    }
    this.current = { version, model };
    return this.current;
  }
}
