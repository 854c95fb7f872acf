/**
 * French, English, German or Dutch, from the commonest short words: for the document (its first
 * few thousand tokens) and for each sentence (a Swiss ad mixes French and German; a Belgian one
 * French and Dutch). A sentence without any marker word keeps the document's language.
 */
import type { Lang } from './fact.ts';
import type { Span } from './structure.ts';
import { foldWord } from './chars.ts';
import { internKey, NON_ASCII, WORD, type Tokens } from './tokens.ts';

const FR = 1;
const EN = 2;
const DE = 4;
const NL = 8;
const LANGS: readonly (readonly [number, Lang])[] = [
  [FR, 'fr'],
  [EN, 'en'],
  [DE, 'de'],
  [NL, 'nl'],
];

/** Marker words by the interned id of their folded key (the id tokens already carry). */
const MARKER_MAP = new Map<number, number>();
function mark(bit: number, words: string): void {
  for (const w of words.split(' ')) {
    const id = internKey(foldWord(w));
    MARKER_MAP.set(id, (MARKER_MAP.get(id) ?? 0) | bit);
  }
}
mark(
  FR,
  'le la les des est et pour une du en par avec dans de au aux sur qui que salaire mois an brut ' +
    'entre à jusqu nous vous selon',
);
mark(
  EN,
  'the and is for with of to per in on at year salary you we are our hour from an a up pay ' +
    'between range month',
);
mark(
  DE,
  'der die das und ist mit für von zu im ein eine einen bei wir sie auf pro brutto netto gehalt ' +
    'jahr monat stunde bis zwischen beträgt liegt nach oder auch dem den des ab je lohn zusätzlich ' +
    'gibt es vergütung jährlich monatlich verdienst verdienen sind',
);
mark(
  NL,
  'de het een en van voor met je wij we per jaar maand uur bruto salaris tot tussen bij op is zijn ' +
    'ontvang ontvangt vanaf naar ligt bedraagt verdient verdien krijgt krijg ook dag maximaal ' +
    'minimaal afhankelijk ervaring inclusief loon',
);

/** The marker bits by id, as a table (ids are small integers). */
const MARKERS = new Uint8Array(Math.max(0, ...MARKER_MAP.keys()) + 1);
for (const [id, bits] of MARKER_MAP) MARKERS[id] = bits;
/** How many languages a set of marker bits names. */
const SHARES = Uint8Array.from(
  { length: 16 },
  (_, b) => (b & 1) + ((b >> 1) & 1) + ((b >> 2) & 1) + (b >> 3),
);

/** Scores of the four languages over the words of [from, to). */
function score(t: Tokens, from: number, to: number, out: Float64Array): void {
  out.fill(0);
  const kind = t.kind;
  for (let i = from; i < to; i += 1) {
    if (kind[i] !== WORD) continue;
    const bits = MARKERS[t.id(i)] ?? 0;
    if (bits !== 0) {
      const share = 1 / (SHARES[bits] as number);
      for (let k = 0; k < 4; k += 1) if (bits & (1 << k)) out[k] = (out[k] as number) + share;
    }
    // accented letters: é è à ç ê ù (French), ä ö ü ß (German); "-ij" (Dutch)
    const from = t.start[i] as number;
    const to = t.end[i] as number;
    if (to - from < 2) continue;
    if (((t.flags[i] as number) & NON_ASCII) !== 0)
      for (let k = from; k < to; k += 1) {
        const c = t.text.charCodeAt(k);
        if (c < 0xdf) continue;
        if (c === 0xe9 || c === 0xe8 || c === 0xe0 || c === 0xe7 || c === 0xea || c === 0xf9)
          out[0] = (out[0] as number) + 0.5;
        else if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf)
          out[2] = (out[2] as number) + 0.5;
      }
    if (t.text.charCodeAt(to - 1) === 106 && t.text.charCodeAt(to - 2) === 105)
      out[3] = (out[3] as number) + 0.3;
  }
}

function best(scores: Float64Array): Lang | null {
  let top = -1;
  let topScore = 0;
  for (let k = 0; k < 4; k += 1)
    if ((scores[k] as number) > topScore) [top, topScore] = [k, scores[k] as number];
  return top === -1 ? null : (LANGS[top] as readonly [number, Lang])[1];
}

/** The language of the whole text (its first 5 000 tokens); French when nothing tells. */
export function guessLang(t: Tokens): Lang {
  const scores = new Float64Array(4);
  score(t, 0, Math.min(t.count, 5000), scores);
  return best(scores) ?? 'fr';
}

/**
 * The language of each sentence: its own marker words when they name one language clearly
 * (ahead of the others by a whole marker word), else the document's. Read on demand and kept:
 * only the sentences a figure's cues are looked up in are ever scored.
 */
export function sentenceLangs(
  t: Tokens,
  sentences: readonly Span[],
  fallback: Lang,
): (sentence: number) => Lang {
  const scores = new Float64Array(4);
  const known: (Lang | undefined)[] = new Array<Lang | undefined>(sentences.length);
  return (k) => {
    const cached = known[k];
    if (cached !== undefined) return cached;
    const s = sentences[k];
    if (!s) return fallback;
    score(t, s.start, s.end, scores);
    const lang = best(scores);
    let out = fallback;
    if (lang !== null && lang !== fallback) {
      const own = scores[LANGS.findIndex(([, l]) => l === lang)] as number;
      const doc = scores[LANGS.findIndex(([, l]) => l === fallback)] as number;
      if (own - doc >= 1) out = lang;
    }
    known[k] = out;
    return out;
  };
}
