/** French or English, from the commonest short words of the first few thousand tokens. */
import type { Lang } from './fact.ts';
import { WORD, type Tokens } from './tokens.ts';

const FR = new Set([
  'le',
  'la',
  'les',
  'des',
  'est',
  'et',
  'pour',
  'une',
  'du',
  'en',
  'par',
  'avec',
  'dans',
  'de',
  'au',
  'aux',
  'sur',
  'qui',
  'que',
  'salaire',
  'mois',
  'an',
]);
const EN = new Set([
  'the',
  'and',
  'is',
  'for',
  'with',
  'of',
  'to',
  'per',
  'in',
  'on',
  'at',
  'year',
  'salary',
  'you',
  'we',
  'are',
  'our',
  'hour',
  'from',
]);

export function guessLang(t: Tokens): Lang {
  let fr = 0;
  let en = 0;
  const limit = Math.min(t.count, 5000);
  for (let i = 0; i < limit; i += 1) {
    if (t.kind[i] !== WORD) continue;
    const w = t.raw(i).toLowerCase();
    if (FR.has(w)) fr += 1;
    if (EN.has(w)) en += 1;
    if (w.length > 1 && /[éèàçêù]/.test(w)) fr += 0.5;
  }
  return en > fr ? 'en' : 'fr';
}
