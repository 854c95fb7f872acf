/** Role names come from one place, GET /api/roles (`name.fr`, `name.en`): this module reads
 * them. The ids of the domain only stand in while the list is loading. */
import type { RolesResponse } from '../contract/index.ts';
import { ROLE_IDS } from '../domain/roles/ids.ts';
import type { Lang } from './i18n/index.ts';

export { ROLE_IDS };
export type RoleItem = Pick<RolesResponse['items'][number], 'id' | 'name'>;

/** The name of a role in a language; the id itself for a role the list does not hold. */
export function roleNamer(items: readonly RoleItem[] | null, lang: Lang): (id: string) => string {
  const names = new Map((items ?? []).map((r) => [r.id as string, r.name[lang]]));
  return (id) => names.get(id) ?? id;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The role a search names, in either language, ignoring case and accents: exact name (or id)
 * first, then a name with a word starting with each word typed; null when none does (the caller may then
 * ask the title classifier). */
export function findRole(query: string, items: readonly RoleItem[]): string | null {
  const q = fold(query);
  if (!q) return null;
  const names = items.flatMap((r) =>
    [r.name.fr, r.name.en, r.id].map((n) => ({ id: r.id, n: fold(n) })),
  );
  const exact = names.find((x) => x.n === q);
  if (exact) return exact.id;
  // A word of three letters or more may be the start of a name's word ("ingé", "chercheur");
  // a shorter one must be a whole word, or "ml" would find "MLOps".
  const words = q.split(' ');
  const hit = (w: string, part: string) => (w.length >= 3 ? part.startsWith(w) : part === w);
  return (
    names.find((x) => words.every((w) => x.n.split(' ').some((part) => hit(w, part))))?.id ?? null
  );
}
