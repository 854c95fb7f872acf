/** Every table the normalize functions take, loaded once from data/ (for the CLI, API, eval). */
import type { NormalizeTables } from '../domain/index.ts';
import { loadFxTable } from './fx.ts';
import { loadGrossNetCurves } from './gross-net-curves.ts';
import { loadPppTable } from './ppp.ts';
import { loadWorkingTime } from './working-time.ts';

export function loadNormalizeTables(): NormalizeTables {
  const curves = loadGrossNetCurves();
  return {
    fx: loadFxTable(),
    workingTime: loadWorkingTime(),
    grossNet: curves.grossNet,
    freelance: curves.freelance,
    ppp: loadPppTable(),
  };
}
