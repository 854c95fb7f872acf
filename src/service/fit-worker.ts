/** Fits the estimator off the main thread: fitting takes seconds of CPU, during which the HTTP
 * server must keep answering. Receives estimator rows, posts back the model (plain JSON). */
import { parentPort } from 'node:worker_threads';
import { fitEstimator, type EstimatorRow } from '../domain/index.ts';

parentPort?.once('message', (rows: EstimatorRow[]) => {
  try {
    parentPort?.postMessage({ ok: true, model: fitEstimator(rows) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: (error as Error).message });
  }
});
