/** Role ids and their names in both languages, for menus and the home search. */
import { ROLE_IDS, type RoleId } from '../domain/roles/ids.ts';
import type { Translate } from './i18n/index.ts';
import { translator } from './i18n/index.ts';

export { ROLE_IDS, type RoleId };

export function roleLabel(t: Translate, id: string): string {
  return (ROLE_IDS as readonly string[]).includes(id) ? t(`role.${id as RoleId}`) : id;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const NAMES = (['fr', 'en'] as const).flatMap((lang) => {
  const t = translator(lang);
  return ROLE_IDS.map((id) => ({ id, name: fold(t(`role.${id}`)) }));
});

/** The role a search names, in either language, ignoring case and accents: exact name first,
 * then a name that contains every word typed. */
export function findRole(query: string): RoleId | null {
  const q = fold(query);
  if (!q) return null;
  const exact = NAMES.find((n) => n.name === q || fold(n.id) === q);
  if (exact) return exact.id;
  const words = q.split(' ');
  return NAMES.find((n) => words.every((w) => n.name.includes(w)))?.id ?? null;
}
