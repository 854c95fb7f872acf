/** The place a short query names ("ingénieur ML junior Lyon" → FR, Lyon): the first city or
 * country of the place lexicon, a city preferred. Used by title classification; pure. */
import { PLACE_LEXICON, type Place } from './places.ts';
import { tokenize } from './tokens.ts';

export function findPlace(text: string): Place | null {
  const places = PLACE_LEXICON.scan(tokenize(text), 0, Number.MAX_SAFE_INTEGER).map((m) => m.value);
  return places.find((p) => p.city) ?? places[0] ?? null;
}
