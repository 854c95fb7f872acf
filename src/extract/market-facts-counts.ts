/** Counts of postings: "près de 250 offres d'emploi … en octobre 2025", "about 1,200 job
 * postings in 2024". */
import type { MarketFactMention, Sentence } from './market-facts.ts';

/** Each rule's facts; the role is added by market-facts.ts. */
type Fact = Omit<MarketFactMention, 'role'>;
import { APPROX, MONTHS, POSTING_NOUNS } from './market-facts-lexicon.ts';

const COUNT = new RegExp(
  String.raw`(?:\b(${APPROX})\s*)?\b(\d{1,3}(?:[ ,.]\d{3})+|\d+)\s+(?:(?:nouvelles?|new|open|ouvertes?)\s+)?(${POSTING_NOUNS})\b`,
  'gi',
);
const MONTH_YEAR = new RegExp(
  String.raw`\b(${Object.keys(MONTHS).join('|')})\s+((?:19|20)\d\d)\b`,
  'i',
);
const YEAR = /\b(?:en|in|au|during|pendant)\s+((?:19|20)\d\d)\b/i;

function periodOf(sentence: string): { period: string; start: number; end: number } | null {
  const m = MONTH_YEAR.exec(sentence);
  if (m) {
    const month = String(MONTHS[m[1]!.toLowerCase()]).padStart(2, '0');
    return { period: `${m[2]}-${month}`, start: m.index, end: m.index + m[0].length };
  }
  const y = YEAR.exec(sentence);
  return y ? { period: y[1]!, start: y.index, end: y.index + y[0].length } : null;
}

export function readCounts(s: Sentence): Fact[] {
  const out: Fact[] = [];
  const period = periodOf(s.text);
  for (const m of s.text.matchAll(COUNT)) {
    const value = Number(m[2]!.replace(/[ ,.]/g, ''));
    // A year is not a count, and neither is a share's number (followed by %, handled apart).
    if (value < 2 || (/^(19|20)\d\d$/.test(m[2]!) && !m[1])) continue;
    const start = s.start + m.index;
    const evidence = [{ start, end: start + m[0].length }];
    if (period) evidence.push({ start: s.start + period.start, end: s.start + period.end });
    out.push({
      kind: 'count',
      subject: 'postings',
      value,
      approximate: Boolean(m[1]),
      places: [],
      period: period?.period ?? null,
      evidence: evidence.sort((a, b) => a.start - b.start),
    });
  }
  return out;
}
