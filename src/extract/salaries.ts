/**
 * From money mentions to pay facts: decide which figures are pay, read their cues, attribute
 * them (role, level, place, employment) from their scopes, and tie restatements to the fact they
 * restate. Works on plain text; index.ts maps the spans back to the input.
 */
import type {
  Component,
  Employment,
  Level,
  Period,
  RoleId,
  StatedStatistic,
} from '../domain/index.ts';
import { findMoneyMentions, type MoneyMention } from './mentions.ts';
import { Scopes } from './context.ts';
import { EMPLOYMENT } from './cues-kind.ts';
import { NOT_PAY, PAY } from './cues-pay.ts';
import { PERIOD_BEFORE } from './cues-period.ts';
import { BASIS, RESTATE, STATISTIC } from './cues-statement.ts';
import { readFigureCues, type FigureCues } from './cues-at.ts';
import type { Lang } from './fact.ts';
import { guessLang } from './lang.ts';
import { LEVEL_LEXICON, isConfirmedAt, usesThreeStepScale } from './levels.ts';
import type { Lexicon, Match } from './lexicon.ts';
import { inferPeriod } from './period.ts';
import { CURRENCY_COUNTRY, PLACE_LEXICON, type Place } from './places.ts';
import { ROLE_LEXICON } from './roles.ts';
import { readStructure, type Span } from './structure.ts';
import { tokenize, type Tokens } from './tokens.ts';

export interface RawRestatement {
  readonly low: number | null;
  readonly high: number | null;
  readonly currency: string;
  readonly period: Period | null;
  readonly basis: 'gross' | 'net' | null;
  readonly span: Span;
}

export interface RawFact {
  low: number | null;
  high: number | null;
  currency: string;
  period: Period | null;
  periodSource: 'stated' | 'context' | 'inferred' | null;
  basis: 'gross' | 'net' | null;
  component: Component;
  employment: Employment;
  role: RoleId | null;
  level: Level | null;
  country: string | null;
  city: string | null;
  statistic: StatedStatistic;
  approximate: boolean;
  /** Character spans in the plain text; the first is the primary one. */
  spans: Span[];
  restatements: RawRestatement[];
  /** internal: sentence index and figure values, for restatements */
  sentence: number;
  mention: MoneyMention;
}

/** Pay magnitudes outside these bounds are something else (funds raised, prices, counts). */
const MAX_PAY: Record<string, number> = {
  MAD: 3_000_000,
  INR: 50_000_000,
  JPY: 100_000_000,
  KRW: 500_000_000,
};
function plausibleMagnitude(value: number, currency: string): boolean {
  return value >= 1 && value <= (MAX_PAY[currency] ?? 2_000_000);
}

function ratioClose(a: number, b: number, r: number): boolean {
  return Math.abs(a - b * r) <= 0.015 * a;
}

export interface PlainExtraction {
  readonly facts: RawFact[];
  readonly mentions: MoneyMention[];
  readonly tokens: Tokens;
  /** What the head of this text says for the whole document (read for later pieces of a long text). */
  readonly head: () => DocumentHead;
}

/** Document-level defaults read from the head of a text (title, intro). */
export interface DocumentHead {
  readonly lang: Lang;
  readonly role: RoleId | null;
  readonly payWords: number;
}

export function extractFromPlain(
  text: string,
  langOption: Lang | undefined,
  payField: boolean,
  everyAmount = false,
  documentHead?: DocumentHead,
): PlainExtraction {
  const t = tokenize(text);
  const lang = langOption ?? documentHead?.lang ?? guessLang(t);
  const mentions = findMoneyMentions(t, lang);
  const figureStarts = new Uint8Array(t.count + 1);
  const moneyTokens = new Uint8Array(t.count + 1);
  const figures: Span[] = [];
  for (const m of mentions) {
    if (!m.currency) continue;
    figureStarts[m.first] = 1;
    // a figure introduced as a restatement ("soit …", "ou …") does not take cues from its neighbour
    const marker = RESTATE.scan(t, Math.max(0, m.first - 3), m.first)[0];
    if (!marker) figures.push({ start: m.first, end: m.last });
    for (let i = m.first; i < m.last; i += 1) moneyTokens[i] = 1;
  }
  const structure = readStructure(t, moneyTokens);
  const scopes = new Scopes(t, structure, lang, figureStarts, figures);
  // document-level defaults read the head of the text (title, intro): a long file of many ads has no single topic
  const whole: Span = { start: 0, end: Math.min(t.count, 20000) };
  // "confirmé" is mid where its sentence, or the header row above its figure, also names
  // "senior" as a separate step (junior / confirmé / senior).
  const threeStepAround = (m: MoneyMention, sentence: Span): boolean => {
    if (usesThreeStepScale(t, sentence.start, sentence.end)) return true;
    const header = scopes.outerScopes(m.first).header;
    if (header.length === 0) return false;
    const from = Math.min(...header.map((h) => h.start));
    return usesThreeStepScale(t, from, Math.max(...header.map((h) => h.end)));
  };

  let docRole: RoleId | null | undefined = documentHead?.role;
  const documentRole = (): RoleId | null => {
    if (docRole !== undefined) return docRole;
    const counts = new Map<RoleId, number>();
    let total = 0;
    for (const m of scopes.matches('role', ROLE_LEXICON, whole)) {
      counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
      total += 1;
    }
    let best: RoleId | null = null;
    let bestCount = 0;
    for (const [id, n] of counts) if (n > bestCount) [best, bestCount] = [id, n];
    docRole = best !== null && bestCount >= 2 && bestCount >= 0.4 * total ? best : null;
    return docRole;
  };
  let docPayWords: number | undefined = documentHead?.payWords;
  const documentPayWords = (): number => (docPayWords ??= scopes.matches('pay', PAY, whole).length);
  const currencyCounts = new Map<string, number>();
  for (const m of mentions)
    if (m.currency) currencyCounts.set(m.currency, (currencyCounts.get(m.currency) ?? 0) + 1);
  let docCurrency: string | null = lang === 'fr' ? 'EUR' : null;
  let docCurrencyCount = 0;
  for (const [code, n] of currencyCounts)
    if (n > docCurrencyCount) [docCurrency, docCurrencyCount] = [code, n];

  /** The first cue found, scope by scope: sentence (nearest), earlier sentences, row, header, heading. */
  const lookup = <T>(
    name: string,
    lexicon: Lexicon<T>,
    m: MoneyMention,
    sentence: Span,
    opts: { earlier?: boolean; maxDistance?: number; own?: boolean },
  ): Match<T> | null => {
    const near = scopes.nearest(name, lexicon, sentence, m.first, m.last, opts.own ?? false);
    if (near && near.distance <= (opts.maxDistance ?? 1e9)) return near;
    const sentenceIndex = structure.sentenceAt(m.first);
    if (opts.earlier) {
      for (const s of scopes.earlierSentences(sentenceIndex)) {
        const hit = scopes.matches(name, lexicon, s);
        if (hit.length) return hit[hit.length - 1] as Match<T>;
      }
    }
    const outer = scopes.outerScopes(m.first);
    for (const cell of outer.row) {
      if (cell.start <= m.first && m.first < cell.end) continue;
      const hit = scopes.first(name, lexicon, cell);
      if (hit) return hit;
    }
    for (const cell of outer.header) {
      const hit = scopes.first(name, lexicon, cell);
      if (hit) return hit;
    }
    return outer.heading ? scopes.first(name, lexicon, outer.heading) : null;
  };

  const facts: RawFact[] = [];
  let previous: { fact: RawFact; sentence: number; restated: boolean } | null = null;
  for (let k = 0; k < mentions.length; k += 1) {
    const m = mentions[k] as MoneyMention;
    if (!m.currency && !m.parts.some((p) => p.shaped)) continue; // a count, a year, a code
    const sentenceIndex = structure.sentenceAt(m.first);
    const sentence = structure.sentences[sentenceIndex] as Span;
    const before = Math.max(sentence.start, k > 0 ? (mentions[k - 1] as MoneyMention).last : 0);
    const after = Math.min(
      sentence.end,
      k + 1 < mentions.length ? (mentions[k + 1] as MoneyMention).first : t.count,
    );
    const cues = readFigureCues(t, m.first, m.last, before, after, lang);
    const span: Span = { start: t.start[m.first] as number, end: t.end[m.last - 1] as number };

    if (everyAmount) {
      if (m.currency)
        facts.push(buildFact(m, cues, m.currency, sentenceIndex, sentence, span, null));
      continue;
    }
    // a restatement of the fact just before ("soit …", "ou …", "ce qui correspond à …", ×12 / ×13)
    if (m.currency && previous && sentenceIndex - previous.sentence <= 2) {
      const restated = restatementOf(
        previous.fact,
        m,
        cues,
        sentenceIndex === previous.sentence,
        previous.restated,
      );
      if (restated) {
        previous.fact.restatements.push({ ...restated, span });
        previous = { fact: previous.fact, sentence: sentenceIndex, restated: true };
        continue;
      }
    }

    const currency = m.currency ?? docCurrency;
    if (!currency || !plausibleMagnitude(m.high, currency)) continue;
    const strong =
      cues.periodAfter !== null ||
      cues.periodBefore !== null ||
      cues.basis !== null ||
      cues.bonus ||
      cues.total ||
      cues.overMonths;
    if (!m.currency) {
      const shaped = m.parts.some((p) => p.shaped);
      const label = scopes.nearest('pay', PAY, sentence, m.first, m.last);
      if (!shaped || !(strong || (label !== null && label.distance <= 3))) continue;
    }
    const pay = scopes.nearest('pay', PAY, sentence, m.first, m.last);
    const notPay = scopes.nearest('notpay', NOT_PAY, sentence, m.first, m.last);
    if (notPay && (!pay || notPay.distance < pay.distance) && !payField) continue;
    let isPay = payField || strong || pay !== null;
    if (!isPay) {
      const outer = scopes.outerScopes(m.first);
      const spans = [...outer.row, ...outer.header, ...(outer.heading ? [outer.heading] : [])];
      isPay = spans.some((s) => scopes.first('pay', PAY, s) !== null);
    }
    if (!isPay) {
      // a yearly-looking figure next to a role, or in a text about pay
      const yearly =
        currency !== 'MAD' && m.low >= 15000 && m.high <= 500000 && m.parts.some((p) => p.shaped);
      const role =
        scopes.nearest('role', ROLE_LEXICON, sentence, m.first, m.last) ??
        lookup('role', ROLE_LEXICON, m, sentence, { earlier: true });
      const level = scopes.nearest('level', LEVEL_LEXICON, sentence, m.first, m.last);
      isPay =
        yearly &&
        (role !== null || (level !== null && level.distance <= 12) || documentPayWords() >= 5);
    }
    if (!isPay) continue;

    const fact = buildFact(
      m,
      cues,
      currency,
      sentenceIndex,
      sentence,
      span,
      previous?.sentence === sentenceIndex ? previous.fact : null,
    );
    facts.push(fact);
    previous = { fact, sentence: sentenceIndex, restated: false };
  }
  const head = (): DocumentHead => ({
    lang,
    role: documentRole(),
    payWords: documentPayWords(),
  });
  return { facts, mentions, tokens: t, head };

  function buildFact(
    m: MoneyMention,
    cues: FigureCues,
    currency: string,
    sentenceIndex: number,
    sentence: Span,
    span: Span,
    main: RawFact | null,
  ): RawFact {
    let low: number | null = m.low;
    let high: number | null = m.high;
    if (!m.isRange && cues.bound === 'max') low = null;
    if (!m.isRange && (cues.bound === 'min' || cues.plusOpen)) high = null;
    const component: Component =
      cues.bonus && !cues.plusComponent ? 'bonus' : cues.total ? 'total' : 'base';
    const consistent =
      main !== null && main.high !== null && m.high / main.high > 0.1 && m.high / main.high < 10;
    const employmentCue = lookup('employment', EMPLOYMENT, m, sentence, {});
    let period: Period | null =
      cues.periodAfter ??
      cues.periodBefore ??
      (cues.overMonths ? 'year' : null) ??
      (consistent ? main.period : null);
    if (period === null) {
      const outer = lookup(
        'period',
        PERIOD_BEFORE,
        m,
        { start: sentence.start, end: sentence.start },
        {},
      );
      period = outer ? outer.value : null;
    }
    const stated = cues.periodAfter ?? cues.periodBefore ?? (cues.overMonths ? 'year' : null);
    let periodSource: RawFact['periodSource'] =
      stated !== null ? 'stated' : period !== null ? 'context' : null;
    let employment: Employment = employmentCue ? employmentCue.value : 'employee';
    if (!employmentCue && period === 'day') employment = 'freelance';
    if (period === null) {
      period = inferPeriod(low, high, currency, component, employment);
      if (period !== null) periodSource = 'inferred';
    }
    if (period === 'day' && !employmentCue) employment = 'freelance';
    const basis = cues.basis ?? (consistent ? main.basis : null) ?? headerBasis(m);
    const role =
      lookup('role', ROLE_LEXICON, m, sentence, { earlier: true })?.value ?? documentRole();
    const levelMatch = lookup('level', LEVEL_LEXICON, m, sentence, { own: true });
    const level =
      levelMatch?.value === 'senior' &&
      isConfirmedAt(t, levelMatch.start) &&
      threeStepAround(m, sentence)
        ? 'mid'
        : (levelMatch?.value ?? null);
    const place =
      lookup('place', PLACE_LEXICON, m, sentence, { earlier: true, own: true })?.value ?? null;
    const country =
      place?.country ??
      CURRENCY_COUNTRY[currency] ??
      (currency === 'EUR' && lang === 'fr' ? 'FR' : null);
    const stat = m.isRange ? null : scopes.nearest('stat', STATISTIC, sentence, m.first, m.last);
    const statistic: StatedStatistic = m.isRange
      ? 'range'
      : stat && stat.distance <= 12
        ? stat.value
        : 'single';
    return {
      low,
      high,
      currency,
      period,
      periodSource,
      basis,
      component,
      employment,
      role,
      level,
      country,
      city: (place as Place | null)?.city ?? null,
      statistic,
      approximate: cues.approximate,
      spans: [span],
      restatements: [],
      sentence: sentenceIndex,
      mention: m,
    };
  }

  function headerBasis(m: MoneyMention): 'gross' | 'net' | null {
    const outer = scopes.outerScopes(m.first);
    for (const cell of outer.header) {
      const b = scopes.first('basis', BASIS, cell);
      if (b) return b.value;
    }
    return null;
  }
}

/** Is mention m a restatement of fact f (a conversion, or the same pay over another period)? */
function restatementOf(
  f: RawFact,
  m: MoneyMention,
  cues: FigureCues,
  sameSentence: boolean,
  chained: boolean,
): Omit<RawRestatement, 'span'> | null {
  if (!m.currency || f.mention.isRange !== m.isRange) return null;
  const fv = f.mention.high;
  const mv = m.high;
  const own = cues.periodAfter ?? cues.periodBefore ?? (cues.overMonths ? 'year' : null);
  const last = f.restatements[f.restatements.length - 1];
  const basis = cues.basis ?? f.basis;
  const shaped = (period: Period | null) => ({
    low: m.low,
    high: m.high,
    currency: m.currency as string,
    period,
    basis,
  });
  const marker = cues.restateMarker;
  if (marker !== null && sameSentence) {
    if (m.currency !== f.currency) {
      const period = own ?? (chained && last ? last.period : f.period);
      return shaped(period);
    }
    if (ratioClose(mv, fv, 1) && own !== null && own !== f.period) return shaped(own);
    if ((ratioClose(mv, fv, 12) || ratioClose(mv, fv, 13)) && f.period !== 'year')
      return shaped(own ?? 'year');
    if ((ratioClose(mv * 12, fv, 1) || ratioClose(mv * 13, fv, 1)) && f.period !== 'month')
      return shaped(own ?? 'month');
    return null;
  }
  if (m.currency !== f.currency || m.isRange) return null;
  if ((ratioClose(mv, fv, 12) || ratioClose(mv, fv, 13)) && f.period === 'month' && own !== 'month')
    return shaped(own ?? 'year');
  if (
    (ratioClose(mv * 12, fv, 1) || ratioClose(mv * 13, fv, 1)) &&
    f.period === 'year' &&
    own !== 'year'
  )
    return shaped(own ?? 'month');
  return null;
}
