/** The role taxonomy (data/roles/roles.json): each role's names, aliases, missions, codes and guide. */
import { isRoleId, ROLE_IDS, type RoleId } from './ids.ts';
import { MISSION_IDS, type MissionId } from './missions.ts';
import { RoleDataError } from './aijobs-titles.ts';

export interface Bilingual<T = string> {
  readonly fr: T;
  readonly en: T;
}

export interface RomeRef {
  /** ROME 4.0 code, e.g. M1405. */
  readonly code: string;
  readonly label: string;
}

export interface RomeAppellationRef {
  readonly codeOgr: string;
  readonly label: string;
  readonly romeCode: string;
}

export interface EscoRef {
  readonly uri: string;
  readonly label: string;
  readonly labelFr: string;
  readonly isco: { readonly code: string; readonly label: string; readonly labelFr: string };
}

export interface Role {
  readonly id: RoleId;
  readonly name: Bilingual;
  readonly aliases: Bilingual<readonly string[]>;
  readonly missions: Bilingual<readonly string[]>;
  /** The missions that identify the role when a title is vague (most typical first). */
  readonly focus: readonly MissionId[];
  readonly skills: readonly string[];
  readonly qualities: Bilingual<readonly string[]>;
  readonly studies: Bilingual;
  readonly rome: readonly RomeRef[];
  readonly romeAppellations: readonly RomeAppellationRef[];
  readonly esco: readonly EscoRef[];
  /** DARES FAP-2009 families. */
  readonly fap: readonly { readonly code: string; readonly label: string }[];
  readonly adjacent: readonly RoleId[];
  readonly leadsTo: readonly RoleId[];
  readonly comesFrom: readonly RoleId[];
  readonly guide: Bilingual;
}

export type RoleTaxonomy = ReadonlyMap<RoleId, Role>;

function fail(message: string): never {
  throw new RoleDataError(`roles.json: ${message}`);
}

function roleIds(value: unknown, where: string): RoleId[] {
  if (!Array.isArray(value)) fail(`${where} must be a list of role ids`);
  for (const id of value)
    if (typeof id !== 'string' || !isRoleId(id))
      fail(`${where} names unknown role "${String(id)}"`);
  return value as RoleId[];
}

/** Checks the parsed roles.json: every canonical id exactly once, references to known roles and missions. */
export function parseRoleTaxonomy(value: unknown): RoleTaxonomy {
  if (!Array.isArray(value)) fail('expected a JSON list of roles');
  const roles = new Map<RoleId, Role>();
  for (const raw of value as Record<string, unknown>[]) {
    const id = raw?.id;
    if (typeof id !== 'string' || !isRoleId(id))
      fail(`unknown role id "${String(id)}" (expected one of ROLE_IDS)`);
    if (roles.has(id)) fail(`role "${id}" appears twice`);
    const name = raw.name as Bilingual | undefined;
    if (!name?.fr || !name.en) fail(`role "${id}" needs a French and an English name`);
    const guide = raw.guide as Bilingual | undefined;
    if (!guide?.fr || !guide.en) fail(`role "${id}" needs a French and an English guide`);
    for (const m of (raw.focus as unknown[]) ?? []) {
      if (!(MISSION_IDS as readonly unknown[]).includes(m))
        fail(`role "${id}" has unknown focus mission "${String(m)}"`);
    }
    for (const key of ['adjacent', 'leadsTo', 'comesFrom'])
      roleIds(raw[key], `role "${id}" ${key}`);
    if (id !== 'other' && (!(raw.rome as unknown[])?.length || !(raw.esco as unknown[])?.length)) {
      fail(`role "${id}" needs at least one ROME code and one ESCO occupation`);
    }
    roles.set(id, raw as unknown as Role);
  }
  const missing = ROLE_IDS.filter((id) => !roles.has(id));
  if (missing.length > 0) fail(`missing roles: ${missing.join(', ')}`);
  return roles;
}
