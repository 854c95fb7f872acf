/** The roles whose names and aliases are closest to a title that matched none ("did you mean
 * data scientist?"): character-trigram overlap (Dice) of the normalised words. Pure. */
import type { RoleId } from './ids.ts';
import { normalizeTitle } from './normalize-title.ts';
import type { RoleTaxonomy } from './taxonomy.ts';

/** Offered when nothing is close: the roles most people look for. */
const COMMON: readonly RoleId[] = ['data-scientist', 'data-engineer', 'ml-engineer'];
/** Below this overlap a name is not "close" (measured on typos such as "data sientist": 0.6). */
const CLOSE = 0.35;

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

export function closestRoles(
  title: string,
  taxonomy: RoleTaxonomy,
  count = 3,
): { roles: RoleId[]; close: boolean } {
  const asked = trigrams(normalizeTitle(title));
  const scored: [RoleId, number][] = [];
  for (const role of taxonomy.values()) {
    if (role.id === 'other') continue;
    const names = [role.name.en, role.name.fr, ...role.aliases.en, ...role.aliases.fr];
    scored.push([role.id, Math.max(...names.map((n) => dice(asked, trigrams(normalizeTitle(n)))))]);
  }
  const close = scored
    .filter(([, s]) => s >= CLOSE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id]) => id);
  return close.length > 0 ? { roles: close, close: true } : { roles: [...COMMON], close: false };
}
