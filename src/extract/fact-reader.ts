/**
 * Reading a pay figure's fact: its bounds and component from its own cues, then period, basis,
 * employment, role, level, place and stated statistic from the scopes around it (its sentence,
 * earlier sentences, table row and header, heading), the document's role as the last resort.
 */
import type { Component, Employment, Period, RoleId, StatedStatistic } from '../domain/index.ts';
import type { Scopes } from './context.ts';
import type { FigureCues } from './cues-at.ts';
import { EMPLOYMENT } from './cues-kind.ts';
import { PERIOD_BEFORE } from './cues-period.ts';
import { BASIS, STATISTIC } from './cues-statement.ts';
import type { RawFact } from './fact.ts';
import { LEVEL_LEXICON, isConfirmedAt, usesThreeStepScale } from './levels.ts';
import type { Lexicon, Match } from './lexicon.ts';
import type { MoneyMention } from './mentions.ts';
import { inferPeriod } from './period.ts';
import {
  cityName,
  CURRENCY_COUNTRY,
  KRONA_OF_COUNTRY,
  PLACE_LEXICON,
  type Place,
} from './places.ts';
import { kronaOfText } from './krona.ts';
import { ROLE_LEXICON } from './roles.ts';
import type { Span } from './structure.ts';

/** The currency of a country that has its own (the countries CURRENCY_COUNTRY names). */
const LOCAL_CURRENCY: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CURRENCY_COUNTRY).map(([currency, country]) => [country, currency]),
);

const KRONA_CURRENCIES: ReadonlySet<string> = new Set(Object.values(KRONA_OF_COUNTRY));

/** The cue lookup and fact builder of one text, over its scopes. */
export function factReader(
  scopes: Scopes,
  documentRole: () => RoleId | null,
  placeCurrency: string | null = null,
) {
  const { t, structure } = scopes;
  // "confirmé" is mid where its sentence, or the header row above its figure, also names
  // "senior" as a separate step (junior / confirmé / senior).
  const threeStepAround = (m: MoneyMention, sentence: Span): boolean => {
    if (usesThreeStepScale(t, sentence.start, sentence.end)) return true;
    const header = scopes.outerScopes(m.first).header;
    if (header.length === 0) return false;
    const from = Math.min(...header.map((h) => h.start));
    return usesThreeStepScale(t, from, Math.max(...header.map((h) => h.end)));
  };

  /** The first cue found, scope by scope: sentence (nearest), earlier sentences, row, header, heading. */
  const lookup = <T>(
    name: string,
    lexicon: Lexicon<T>,
    m: MoneyMention,
    sentence: Span,
    opts: { earlier?: boolean; maxDistance?: number; own?: boolean; afterWeight?: number },
  ): Match<T> | null => {
    const near = scopes.nearest(
      name,
      lexicon,
      sentence,
      m.first,
      m.last,
      opts.own ?? false,
      opts.afterWeight,
    );
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

  /** Is the figure's currency written as a bare "kr" (no ISO code, no "kronor")? */
  const bareKrona = (m: MoneyMention): boolean => {
    for (let i = m.first; i < m.last; i += 1) if (t.key(i) === 'kr') return true;
    return false;
  };
  /** A currency read as SEK: a bare "kr" is the krone of Denmark or Norway when the text is
   * set there (by the place it names, else the caller's, else its language). */
  const kronaOf = (m: MoneyMention, place: Place | null): string => {
    if (!bareKrona(m)) return 'SEK';
    if (place) return KRONA_OF_COUNTRY[place.country] ?? 'SEK';
    if (placeCurrency && KRONA_CURRENCIES.has(placeCurrency)) return placeCurrency;
    return kronaOfText(t, m.first, m.last) ?? 'SEK';
  };

  return { lookup, buildFact };

  function buildFact(
    m: MoneyMention,
    cues: FigureCues,
    writtenCurrency: string,
    sentenceIndex: number,
    sentence: Span,
    span: Span,
    main: RawFact | null,
  ): RawFact {
    let low: number | null = m.low;
    let high: number | null = m.high;
    if (!m.isRange && (cues.bound === 'max' || cues.bound === 'reach')) low = null;
    if (!m.isRange && (cues.bound === 'min' || cues.plusOpen)) high = null;
    // "annual bonus of $20,000 and equity": labelled a bonus, whatever is joined after it
    const component: Component =
      cues.bonusLabel || (cues.bonus && !cues.plusComponent)
        ? 'bonus'
        : cues.total
          ? 'total'
          : 'base';
    // the figure before in the sentence ("from £12.90 an hour, rising to £13.80") lends its period
    const ref = main === null ? null : (main.high ?? main.low);
    const consistent = main !== null && ref !== null && m.high / ref > 0.1 && m.high / ref < 10;
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
      period = inferPeriod(low, high, writtenCurrency, component, employment);
      if (period !== null) periodSource = 'inferred';
    }
    if (period === 'day' && !employmentCue) employment = 'freelance';
    const basis = cues.basis ?? (consistent ? main.basis : null) ?? headerBasis(m);
    const roleMatch = lookup('role', ROLE_LEXICON, m, sentence, { earlier: true });
    // a place is as often said after its figure as before it ("$22 in Austin and $26 in Seattle")
    const placeMatch = lookup('place', PLACE_LEXICON, m, sentence, {
      earlier: true,
      own: true,
      afterWeight: 1,
    });
    // A place carried from an earlier sentence whose currency is not this figure's ("Au Canada…
    // 110 000 CAD. … les salariés gagnent 2 500 €") means another subject: neither carries.
    const carriedPlace = placeMatch && placeMatch.start < sentence.start ? placeMatch.value : null;
    const own = carriedPlace ? LOCAL_CURRENCY[carriedPlace.country] : undefined;
    const elsewhere = own !== undefined && own !== writtenCurrency;
    const carriedRole = roleMatch !== null && roleMatch.start < sentence.start;
    const role =
      (elsewhere && carriedRole ? null : roleMatch?.value) ?? (elsewhere ? null : documentRole());
    const levelMatch = lookup('level', LEVEL_LEXICON, m, sentence, { own: true });
    const level =
      levelMatch?.value === 'senior' &&
      isConfirmedAt(t, levelMatch.start) &&
      threeStepAround(m, sentence)
        ? 'mid'
        : (levelMatch?.value ?? null);
    const place = elsewhere ? null : (placeMatch?.value ?? null);
    const currency = writtenCurrency === 'SEK' ? kronaOf(m, place) : writtenCurrency;
    const country =
      place?.country ??
      CURRENCY_COUNTRY[currency] ??
      (currency === 'EUR' && scopes.langAt(m.first) === 'fr' ? 'FR' : null);
    const stat = m.isRange ? null : scopes.nearest('stat', STATISTIC, sentence, m.first, m.last);
    const statistic: StatedStatistic = m.isRange
      ? 'range'
      : stat && stat.distance <= 12
        ? stat.value
        : 'single';
    // "le salaire médian atteint 58 k€": a mean or a median that reaches a figure is that figure
    if (cues.bound === 'reach' && (statistic === 'mean' || statistic === 'median')) low = high;
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
      city: place && placeMatch ? cityName(place, scopes.langAt(placeMatch.start)) : null,
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
