/** The roles list (GET /api/roles, fetched once per page life) and the reader's role names. */
import type { RolesResponse } from '../../contract/index.ts';
import { useI18n } from '../i18n/context.ts';
import { ROLE_IDS, roleNamer, type RoleItem } from '../roles.ts';
import { useApi } from './use-api.ts';

export interface Roles {
  /** Null until the list has arrived. */
  readonly items: readonly RoleItem[] | null;
  /** The list arrived or failed (names then stay ids): a view may wait for this. */
  readonly ready: boolean;
  readonly ids: readonly string[];
  readonly name: (id: string) => string;
}

export function useRoles(): Roles {
  const { lang } = useI18n();
  const { data, error } = useApi<RolesResponse>('/api/roles');
  const items = data?.items ?? null;
  return {
    items,
    ready: data !== null || error !== null,
    ids: items ? items.map((r) => r.id) : ROLE_IDS,
    name: roleNamer(items, lang),
  };
}
