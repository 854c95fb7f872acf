import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled reference data folder (data/ at the repository root). */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

export function dataPath(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}
