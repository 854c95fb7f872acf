/** Hubs named in a list: "San Francisco, New York et Boston continuent de capter …",
 * "hiring hubs such as Austin, Denver and Seattle". */
import type { MarketFactMention, Sentence } from './market-facts.ts';

/** Each rule's facts; the role is added by market-facts.ts. */
type Fact = Omit<MarketFactMention, 'role'>;
import { HUB_CUES, NOT_PLACES } from './market-facts-lexicon.ts';

const NAME = String.raw`\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+)*`;
const LIST = new RegExp(
  String.raw`(${NAME})((?:,\s*${NAME})*)(?:,?\s+(?:et|and|ou|or)\s+(${NAME}))`,
  'gu',
);
const ITEM = new RegExp(NAME, 'gu');
/** Capitalised words that start a sentence or a clause, not places. */
const NOT_A_NAME = /^(Les?|La|The|En|In|Ce|Cette|Ces|Des|Et|And|Mais|But|Pour|For|Avec|With)$/;

export function readHubs(s: Sentence): Fact[] {
  if (NOT_PLACES.test(s.text)) return [];
  if (!HUB_CUES.test(s.text) && !HUB_CUES.test(s.previous)) return [];
  const out: Fact[] = [];
  for (const m of s.text.matchAll(LIST)) {
    const places = [...m[0].matchAll(ITEM)].map((i) => i[0]);
    if (places.length < 2 || places.some((p) => NOT_A_NAME.test(p))) continue;
    const start = s.start + m.index;
    out.push({
      kind: 'hubs',
      subject: 'hubs',
      value: null,
      approximate: false,
      places,
      period: null,
      evidence: [{ start, end: start + m[0].length }],
    });
  }
  return out;
}
