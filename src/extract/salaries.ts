/**
 * From money mentions to pay facts: decide which figures are pay, read their cues, attribute
 * them (fact-reader.ts) and tie restatements to the fact they restate (restatement.ts). Works on
 * plain text; index.ts maps the spans back to the input.
 */
import { Scopes } from './context.ts';
import { readFigureCues } from './cues-at.ts';
import { NOT_PAY, PAY } from './cues-pay.ts';
import { RESTATE } from './cues-statement.ts';
import { readDocumentDefaults, type DocumentHead } from './document-head.ts';
import type { Lang, RawFact } from './fact.ts';
import { factReader } from './fact-reader.ts';
import { guessLang, sentenceLangs } from './lang.ts';
import { LEVEL_LEXICON } from './levels.ts';
import { findMoneyMentions, type MoneyMention } from './mentions.ts';
import { restatementOf } from './restatement.ts';
import { ROLE_LEXICON } from './roles.ts';
import { readStructure, type Span } from './structure.ts';
import { NUM, tokenize, WORD, type Tokens } from './tokens.ts';

/** Pay magnitudes outside these bounds are something else (funds raised, prices, counts). */
const MAX_PAY: Record<string, number> = {
  MAD: 3_000_000,
  INR: 50_000_000,
  JPY: 100_000_000,
  KRW: 500_000_000,
  // currencies with small units: a yearly salary runs to millions or more
  HUF: 200_000_000,
  CZK: 20_000_000,
  SEK: 10_000_000,
  NOK: 10_000_000,
  DKK: 10_000_000,
  ISK: 100_000_000,
  RSD: 50_000_000,
  RUB: 100_000_000,
  UAH: 20_000_000,
  KZT: 500_000_000,
  CLP: 500_000_000,
  COP: 2_000_000_000,
  NGN: 1_000_000_000,
  IDR: 10_000_000_000,
  VND: 10_000_000_000,
};
function plausibleMagnitude(value: number, currency: string): boolean {
  return value >= 1 && value <= (MAX_PAY[currency] ?? 2_000_000);
}

export interface PlainExtraction {
  readonly facts: RawFact[];
  readonly mentions: MoneyMention[];
  readonly tokens: Tokens;
  /** What the head of this text says for the whole document (read for later pieces of a long text). */
  readonly head: () => DocumentHead;
}

/** Words that may follow a pay figure written without a currency: periods, bases, pay words,
 * conditions ("80k base", "45k brut par an", "80k DOE", "45k selon profil"). Any other word
 * makes it a count. */
const AFTER_PAY = new Set(
  [
    'a', 'an', 'per', 'pa', 'p', 'year', 'years', 'yr', 'annum', 'annual', 'annually', 'yearly',
    'month', 'monthly', 'hour', 'hourly', 'hr', 'day', 'daily', 'week', 'weekly',
    'base', 'basic', 'salary', 'gross', 'net', 'total', 'ote', 'doe', 'plus', 'with', 'and', 'or',
    'depending', 'based', 'negotiable', 'neg', 'dependent', 'pro', 'rata',
    'par', 'brut', 'brute', 'bruts', 'annuel', 'annuels', 'mensuel', 'mensuels', 'fixe', 'selon',
    'en', 'et', 'ou', 'hors', 'variable', 'suivant',
    'brutto', 'netto', 'jahr', 'jährlich', 'monat', 'monatlich', 'bruto', 'jaar', 'maand',
  ],
); // prettier-ignore

const LABEL_MARKS = new Set([':', '-', '–', '—']);

/** Thousands grouped with an apostrophe ("120'000", "95’000"): how Switzerland writes them. */
function swissDigits(t: Tokens, m: MoneyMention): boolean {
  for (let i = m.first; i < m.last; i += 1)
    if (t.kind[i] === NUM && /\d['’]\d{3}/.test(t.raw(i))) return true;
  return false;
}

/** A pay word in the row, header or heading the token sits in ("Salary: 80k", a table's
 * "Salaire" column). */
function payWordAround(scopes: Scopes, token: number): boolean {
  const outer = scopes.outerScopes(token);
  const label = scopes.labelAbove(token);
  const spans = [
    ...outer.row,
    ...outer.header,
    ...(outer.heading ? [outer.heading] : []),
    ...(label ? [label] : []),
  ];
  return spans.some((s) => scopes.first('pay', PAY, s) !== null);
}

/** A word right after the figure that makes it a count ("70,000 hours", "50,000 employees"),
 * not a period, a basis or a pay word. */
function countAfter(t: Tokens, last: number): boolean {
  if (last >= t.count || t.kind[last] !== WORD) return false;
  return !AFTER_PAY.has(t.key(last));
}

export function extractFromPlain(
  text: string,
  langOption: Lang | undefined,
  payField: boolean,
  everyAmount = false,
  documentHead?: DocumentHead,
  placeCurrency: string | null = null,
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
  const langs = sentenceLangs(t, structure.sentences, lang);
  const scopes = new Scopes(t, structure, lang, figureStarts, figures, langs);
  const {
    role: documentRole,
    payWords: documentPayWords,
    currency: docCurrency,
    currencyUnwritten,
  } = readDocumentDefaults(scopes, mentions, lang, documentHead, placeCurrency);
  const { lookup, buildFact } = factReader(scopes, documentRole, placeCurrency);
  // A currency known only from the place the caller names is taken only for a figure labelled
  // as pay (a pay word next to it, "Salary: 80k", or heading its row), or a pay field's range or
  // "80k", never for a count ("70,000 hours", "100,000 customers"). (EUR in French, German or
  // Dutch text was taken before places were known: the looser gate.)
  const currencyFromPlace =
    currencyUnwritten && placeCurrency !== null && placeCurrency !== (lang === 'en' ? null : 'EUR');
  // Swiss digits ("120'000") are Swiss francs when neither the text nor the caller names one.
  const swissMayTell = currencyUnwritten && placeCurrency === null;

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
    const cues = readFigureCues(t, m.first, m.last, before, after, langs(sentenceIndex));
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

    // Unwritten: the text's own currency, else the place's the caller names, else Swiss francs
    // for Swiss digits, else the language's.
    const currency = m.currency ?? (swissMayTell && swissDigits(t, m) ? 'CHF' : docCurrency);
    if (!currency || !plausibleMagnitude(m.high, currency)) continue;
    const strong =
      cues.periodAfter !== null ||
      cues.periodBefore !== null ||
      cues.basis !== null ||
      cues.bonus ||
      cues.total ||
      cues.overMonths;
    const pay = scopes.nearest('pay', PAY, sentence, m.first, m.last);
    // Unwritten (and shaped: see the loop's start): a pay word must say so.
    if (!m.currency) {
      if (!currencyFromPlace) {
        if (!(strong || (pay !== null && pay.distance <= 3))) continue;
      } else {
        if (countAfter(t, m.last)) continue;
        const fieldFigure = payField && (m.isRange || m.parts.some((p) => p.multiplier > 1));
        const labelled =
          (pay !== null &&
            (pay.distance <= 3 || (pay.end + 1 === m.first && LABEL_MARKS.has(t.raw(pay.end))))) ||
          payWordAround(scopes, m.first);
        if (!labelled && !fieldFigure) continue;
      }
    }
    // a not-pay word speaks of its own figure ("£45,000 per year plus a transport allowance of £100")
    const notPay = scopes.nearest('notpay', NOT_PAY, sentence, m.first, m.last, true);
    // nearer than the pay word, or holding it ("newborn bonus", "prime de naissance")
    const notPayWins =
      notPay !== null &&
      (!pay ||
        notPay.distance < pay.distance ||
        (notPay.start <= pay.start && notPay.end >= pay.end));
    if (notPayWins && !payField) continue;
    let isPay = payField || strong || pay !== null;
    if (!isPay) isPay = payWordAround(scopes, m.first);
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
}
