/** Reads the role reference tables of data/roles/ from disk, once, and returns them typed. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createTitleClassifier,
  mapAijobsTitle as mapWithTable,
  parseAijobsTitleTable,
  parseRoleTaxonomy,
  RoleDataError,
  type AijobsTitleTable,
  type Role,
  type RoleClassification,
  type RoleId,
  type RoleTaxonomy,
  type TitleClassifier,
} from '../domain/index.ts';

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

/** aijobs.net `job_title` → role id, for the estimator fitted on a CSV file: titles compared
 * case- and space-insensitively, null for a title the table lacks (the estimator then falls back
 * to title families). */
export function aijobsTitleToRole(): (title: string) => string | null {
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const table = new Map<string, string>();
  for (const [title, entry] of Object.entries(loadAijobsTitles()))
    table.set(norm(title), entry.role);
  return (title) => table.get(norm(title)) ?? null;
}

let taxonomy: RoleTaxonomy | undefined;
let classifier: TitleClassifier | undefined;

/** data/roles/roles.json, checked: every role id once, with names, guide, ROME and ESCO codes. */
export function loadRoleTaxonomy(): RoleTaxonomy {
  taxonomy ??= parseRoleTaxonomy(readJson('roles.json'));
  return taxonomy;
}

/** Every role, in the canonical ROLE_IDS order. */
export function listRoles(): Role[] {
  return [...loadRoleTaxonomy().values()];
}

/** One role's guide, or null for an unknown id (the caller decides whether that is a 404). */
export function getRole(id: string): Role | null {
  return loadRoleTaxonomy().get(id as RoleId) ?? null;
}

/** Classifies a raw title (and the posting's text, when there is one) with the bundled taxonomy. */
export function classifyTitle(title: string, text?: string): RoleClassification {
  classifier ??= createTitleClassifier(loadRoleTaxonomy());
  return classifier(title, text);
}

/** The bundled extract of ROME 4.0 and ESCO rows that roles.json cites (data/roles/referential-extract.json). */
export interface ReferentialExtract {
  readonly rome: Readonly<Record<string, string>>;
  readonly romeAppellations: Readonly<Record<string, { label: string; romeCode: string }>>;
  readonly esco: Readonly<Record<string, { label: string; labelFr: string; iscoGroup: string }>>;
}

export function loadReferentialExtract(): ReferentialExtract {
  return readJson('referential-extract.json') as ReferentialExtract;
}
