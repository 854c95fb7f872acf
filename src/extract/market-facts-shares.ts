/** Shares of postings: "près d'un quart des postes proposent du télétravail", "35 % of job
 * ads state a salary", "one in five postings mentions AI". */
import type { MarketFactMention, Sentence } from './market-facts.ts';

/** Each rule's facts; the role is added by market-facts.ts. */
type Fact = Omit<MarketFactMention, 'role'>;
import { APPROX, FRACTIONS, POSTING_NOUNS, SHARE_SUBJECTS } from './market-facts-lexicon.ts';

const SMALL: Readonly<Record<string, number>> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, dix: 10, two: 2, three: 3, four: 4, five: 5,
  ten: 10,
}; // prettier-ignore
const count = (word: string) => SMALL[word.toLowerCase()] ?? Number(word);

const fractions = FRACTIONS.map(([w]) => w).join('|');
const SHARE = new RegExp(
  String.raw`(?:\b(${APPROX})\s*)?(?:(\d+(?:[.,]\d+)?)\s?(?:%|pour cent|percent|per cent)|(?<!\p{L})(${fractions})(?!\p{L})|\b(un|une|one|\d+)\s(?:sur|in|out of)\s(\d+|deux|trois|quatre|cinq|six|dix|two|three|four|five|ten)\b)`,
  'giu',
);
const NOUN = new RegExp(String.raw`\b(${POSTING_NOUNS})\b`, 'i');

function shareValue(m: RegExpMatchArray): number | null {
  if (m[2]) return Number(m[2].replace(',', '.')) / 100;
  if (m[3]) return FRACTIONS.find(([w]) => w === m[3]!.toLowerCase())?.[1] ?? null;
  if (m[4] && m[5]) {
    const whole = count(m[5]);
    const part = /^(un|une|one)$/i.test(m[4]) ? 1 : Number(m[4]);
    return whole > 0 && part <= whole ? part / whole : null;
  }
  return null;
}

export function readShares(s: Sentence): Fact[] {
  if (!NOUN.test(s.text)) return [];
  const subject = SHARE_SUBJECTS.find(([, cue]) => cue.test(s.text))?.[0];
  if (!subject) return [];
  const out: Fact[] = [];
  for (const m of s.text.matchAll(SHARE)) {
    const value = shareValue(m);
    if (value === null || value <= 0 || value > 1) continue;
    // The share must be of postings: their noun follows within a few words.
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!NOUN.test(after)) continue;
    const start = s.start + m.index;
    out.push({
      kind: 'share',
      subject,
      value,
      approximate: Boolean(m[1]),
      places: [],
      period: null,
      evidence: [{ start, end: start + m[0].length }],
    });
  }
  return out;
}
