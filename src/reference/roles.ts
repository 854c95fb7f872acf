/** Reads the role reference tables of data/roles/ from disk, once, and returns them typed. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  mapAijobsTitle as mapWithTable,
  parseAijobsTitleTable,
  RoleDataError,
  type AijobsTitleTable,
  type RoleId,
} from '../domain/roles/index.ts';

export const ROLES_DATA_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'data',
  'roles',
);

function readJson(file: string): unknown {
  const path = join(ROLES_DATA_DIR, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (cause) {
    throw new RoleDataError(`cannot read ${path} (${(cause as Error).message})`, { cause });
  }
}

let aijobsTable: AijobsTitleTable | undefined;

/** data/roles/aijobs-titles.json: every aijobs.net job_title → role. */
export function loadAijobsTitles(): AijobsTitleTable {
  aijobsTable ??= parseAijobsTitleTable(readJson('aijobs-titles.json'));
  return aijobsTable;
}

/** The role of an aijobs.net `job_title`, from the bundled table. */
export function mapAijobsTitle(title: string): RoleId {
  return mapWithTable(title, loadAijobsTitles());
}
