/** data/roles/rome-v3.json: the ROME v3 fiche each ROME 4.0 code descends from, and each v3
 * fiche's 4.0 successors (France Travail's code_rome_parent; scripts/build-rome-v3.ts). */
import { readFileSync } from 'node:fs';
import { dataPath } from './paths.ts';

export interface RomeV3Table {
  readonly source: string;
  readonly parentOf: Readonly<Record<string, string>>;
  readonly fiches: Readonly<
    Record<string, { label: string | null; successors: { code: string; label: string }[] }>
  >;
  readonly cited: readonly { role: string; code: string; sourceId: string }[];
}

let table: RomeV3Table | undefined;

export function loadRomeV3(): RomeV3Table {
  table ??= JSON.parse(readFileSync(dataPath('roles', 'rome-v3.json'), 'utf8')) as RomeV3Table;
  return table;
}
