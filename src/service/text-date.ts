/** The date a text gives itself ("Publié le 12 mars 2024", "Updated: 2024-03-12"), used to
 * convert its figures at the rates of that day. A date after a publication word wins; otherwise
 * the first date of the text's head. Pure. */
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']; // prettier-ignore
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']; // prettier-ignore
const MONTH = [...MONTHS_FR, ...MONTHS_EN, 'fevrier', 'aout', 'decembre'].join('|');

const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g, (m) => [+m[3]!, +m[2]!, +m[1]!]],
  [
    new RegExp(`\\b(1er|\\d{1,2})\\s+(${MONTH})\\s+((?:19|20)\\d{2})\\b`, 'gi'),
    (m) => [+m[3]!, monthOf(m[2]!), m[1] === '1er' ? 1 : +m[1]!],
  ],
  [
    new RegExp(`\\b(${MONTH})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
    (m) => [+m[3]!, monthOf(m[1]!), +m[2]!],
  ],
];
const PUBLISHED = /(publi|mis à jour|mise à jour|actualis|published|updated|posted)[^\n]{0,25}$/i;
/** Only the head of a text dates it: a date deep inside is about something else. */
const HEAD = 1500;

function monthOf(name: string): number {
  const n = name.toLowerCase().replace('fevrier', 'février').replace('aout', 'août');
  const fr = MONTHS_FR.indexOf(n.replace('decembre', 'décembre'));
  return fr >= 0 ? fr + 1 : MONTHS_EN.indexOf(n) + 1;
}

export function textDate(text: string): string | null {
  const head = text.slice(0, HEAD);
  const found: { at: number; day: string; published: boolean }[] = [];
  for (const [re, parts] of PATTERNS) {
    for (const m of head.matchAll(re)) {
      const [y, mo, d] = parts(m as RegExpExecArray);
      const date = new Date(Date.UTC(y, mo - 1, d));
      if (mo < 1 || mo > 12 || date.getUTCDate() !== d) continue;
      const at = m.index ?? 0;
      found.push({
        at,
        day: date.toISOString().slice(0, 10),
        published: PUBLISHED.test(head.slice(Math.max(0, at - 40), at)),
      });
    }
  }
  found.sort((a, b) => Number(b.published) - Number(a.published) || a.at - b.at);
  return found[0]?.day ?? null;
}
