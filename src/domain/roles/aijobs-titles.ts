/** The hand-made table from aijobs.net job titles to role ids (data/roles/aijobs-titles.json). */
import { CodedError } from '../errors.ts';
import { isRoleId, type RoleId } from './ids.ts';

export interface TitleMapping {
  readonly role: RoleId;
  /** Why: always present for `other`, present for the debatable choices. */
  readonly reason?: string;
}

/** Exact aijobs.net `job_title` → mapping. */
export type AijobsTitleTable = Readonly<Record<string, TitleMapping>>;

export class RoleDataError extends CodedError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('role-data', message, options);
  }
}

/** Checks a parsed JSON value is a well-formed title table (every role known, `other` with a reason). */
export function parseAijobsTitleTable(value: unknown): AijobsTitleTable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RoleDataError(
      'aijobs title table must be a JSON object of title → { role, reason? }',
    );
  }
  const table: Record<string, TitleMapping> = {};
  for (const [title, entry] of Object.entries(value as Record<string, unknown>)) {
    const { role, reason } = (entry ?? {}) as { role?: unknown; reason?: unknown };
    if (typeof role !== 'string' || !isRoleId(role)) {
      throw new RoleDataError(
        `aijobs title "${title}" maps to unknown role "${String(role)}" (expected one of ROLE_IDS)`,
      );
    }
    if (reason !== undefined && typeof reason !== 'string') {
      throw new RoleDataError(`aijobs title "${title}": reason must be a string`);
    }
    if (role === 'other' && !reason) {
      throw new RoleDataError(`aijobs title "${title}" maps to "other" without a reason (add one)`);
    }
    table[title] = reason ? { role, reason } : { role };
  }
  return table;
}

/** The role of an aijobs.net title; titles absent from the table (new upstream titles) are `other`. */
export function mapAijobsTitle(title: string, table: AijobsTitleTable): RoleId {
  return table[title.trim()]?.role ?? 'other';
}
