/** Which krona a bare "kr" is in a text that names no place: Danish, Norwegian or Swedish, by
 * the text's words. */
import { WORD, type Tokens } from './tokens.ts';

/** Words (folded keys) that tell Danish, Norwegian and Swedish text apart, for a bare "kr" in
 * a text that names no place: each language's words for pay (counted twice: one of them alone
 * tells the krona of a one-line ad, "Løn: 45.000 kr. pr. måned"), and its words for work and
 * application and a few function words the other two spell differently (counted once). */
const KRONA_WORDS: readonly (readonly [string, ReadonlyMap<string, number>])[] = [
  ['DKK', weights(['løn', 'manedsløn', 'arsløn', 'timeløn', 'grundløn'], ['arbejde', 'virksomhed', 'ansøgning', 'efter', 'bliver', 'hvad', 'nogle', 'meget', 'danmark'])],
  ['NOK', weights(['lønn', 'manedslønn', 'arslønn', 'timelønn', 'grunnlønn'], ['arbeid', 'virksomhet', 'søknad', 'etter', 'blir', 'hva', 'noen', 'mye', 'norge'])],
  ['SEK', weights(['lon', 'manadslon', 'arslon', 'timlon', 'grundlon'], ['arbete', 'foretag', 'ansokan', 'och', 'inte', 'efter', 'blir', 'mycket', 'sverige'])],
]; // prettier-ignore

function weights(pay: readonly string[], others: readonly string[]): ReadonlyMap<string, number> {
  return new Map([...others.map((w) => [w, 1] as const), ...pay.map((w) => [w, 2] as const)]);
}

/** The krona the words around a figure point to (ahead of the others by two), or null:
 * the 300 tokens on each side (a file of many ads is in several languages). */
export function kronaOfText(t: Tokens, first: number, last: number): string | null {
  const counts = [0, 0, 0];
  const to = Math.min(t.count, last + 300);
  for (let i = Math.max(0, first - 300); i < to; i += 1) {
    if (t.kind[i] !== WORD) continue;
    const key = t.key(i);
    for (let k = 0; k < KRONA_WORDS.length; k += 1)
      counts[k] =
        (counts[k] as number) + ((KRONA_WORDS[k] as (typeof KRONA_WORDS)[number])[1].get(key) ?? 0);
  }
  let best = 0;
  for (let k = 1; k < counts.length; k += 1)
    if ((counts[k] as number) > (counts[best] as number)) best = k;
  const top = counts[best] as number;
  const second = Math.max(...counts.filter((_, k) => k !== best));
  if (top < 2 || top - second < 2) return null;
  return (KRONA_WORDS[best] as (typeof KRONA_WORDS)[number])[0];
}
