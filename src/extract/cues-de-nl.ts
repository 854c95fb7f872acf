/**
 * German and Dutch cue words (and the gross / net words of the other EU languages), added to
 * the phrase tables of cues-pay.ts, cues-period.ts, cues-statement.ts and cues-kind.ts. Compound
 * pay words ("Bruttojahresgehalt", "uurloon") come from cues-compounds.ts.
 */
import type { Employment, Period } from '../domain/index.ts';
import { COMPOUNDS } from './cues-compounds.ts';
import type { Lang } from './fact.ts';

type Entry<T> = readonly [string, T] | readonly [string, T, Lang];
const flag = (words: string): Entry<true>[] => words.split(',').map((w) => [w.trim(), true]);

export const PAY_DE_NL: readonly Entry<true>[] = [
  ...COMPOUNDS.map((c) => [c.word, true] as const),
  ...flag(
    'gehaltsband, gehaltsspanne, gehaltsrahmen, verdienen, verdienst du, verdient, vergütet, ' +
      'bezahlung, dotiert, mindestlohn, tv-l, tvöd, kollektivvertrag, kv, überzahlung, ' +
      'salarisindicatie, salarisschaal, schaal, verdien, verdienen, betalen, cao, brutto, bruto',
  ),
  // Danish, Norwegian and Swedish pay words (with a period: PERIOD_BEFORE_DE_NL)
  ...flag(
    'løn, lønn, lön, grundløn, grunnlønn, grundlön, bruttoløn, bruttolønn, bruttolön, ' +
      'månedsløn, månedslønn, månadslön, årsløn, årslønn, årslön, timeløn, timelønn, timlön',
  ),
  // Polish, Czech and Hungarian pay words
  ...flag('wynagrodzenie, pensja, stawka, mzda, odměna, fizetés, bér, bérezés'),
];

export const NOT_PAY_DE_NL: readonly Entry<true>[] = flag(
  'zuschuss, zuschüsse, bezuschussen, bezuschusst, essenszuschuss, fahrtkostenzuschuss, jobticket, weiterbildungsbudget, ' +
    'umzugskosten, kosten, gebühr, jahresgebühr, lizenz, im wert von, wert, finanzierungsrunde, ' +
    'eingesammelt, umsatz, investition, preis, kostet, geburtsprämie, firmenwagen, dienstwagen, ' +
    'firmenhandy, gutschein, rabatt, fitnessstudio, ' +
    'vergoeding, reiskostenvergoeding, thuiswerkvergoeding, reiskosten, kilometervergoeding, ' +
    // an expense allowance ("netto-onkostenvergoeding"), not pay
    'onkostenvergoeding, onkosten, ' +
    'maaltijdcheque, ecocheque, cheque, ontwikkelbudget, opleidingsbudget, mobiliteitsbudget, ' +
    'geboortepremie, korting, leaseauto, kost, opleiding, opgehaald, investering, omzet, prijs, ' +
    'sportabonnement, fietsplan, t.w.v., ter waarde van, per km, ' +
    'learning stipend, education stipend, wellness stipend, internet stipend, phone stipend, ' +
    'commuter stipend, transit stipend, equipment stipend, lunch stipend, meal stipend, ' +
    'newborn, newborn bonus, baby bonus, birth bonus, baby, birth, gym, wellness, home office, voucher, relocation, learning budget, ' +
    'prime de naissance, naissance, salle de sport, indemnité de transport, titre restaurant',
);

const period = (p: Period, words: string): Entry<Period>[] =>
  words.split(',').map((w) => [w.trim(), p]);

export const PERIOD_AFTER_DE_NL: readonly Entry<Period>[] = [
  ...period('year', 'pro jahr, im jahr, jährlich, jahr, per jaar, jaarlijks, / jaar, p.j., p/j'),
  ...period('month', 'pro monat, im monat, monatlich, / monat, / mon, per maand, maandelijks'),
  ...period('month', '/ maand, p/m, p.m., / mnd, per mnd'),
  ...period('hour', 'pro stunde, / std, / std., die stunde, pro std, stündlich, per uur, / uur'),
  ...period('hour', '/ stunde, je stunde'),
  ...period('day', 'pro tag, am tag, täglich, / tag, per dag, / dag, per gewerkte dag'),
  ...period('day', 'pro arbeitstag'),
  ...period('week', 'pro woche, wöchentlich, / woche, per week'),
];

/** Period words after a figure in the other EU languages of job ads (Danish, Norwegian, Swedish, Polish, Czech). */
export const PERIOD_AFTER_EU: readonly Entry<Period>[] = [
  // Danish and Norwegian ("om måneden", "pr. måned", "per år"), Swedish ("i månaden", "per månad")
  ...period('month', 'om måneden, i måneden, per måned, pr. måned, pr måned, i månaden, per månad'),
  ...period('year', 'om året, i året, per år, pr. år, pr år'),
  // Polish ("miesięcznie", "rocznie") and Czech ("měsíčně", "ročně")
  ...period('month', 'miesięcznie, na miesiąc, za miesiąc, měsíčně, za měsíc'),
  ...period('month', '/ mies., / mies, / miesiąc, mies., / měsíc, / měs., / měs, měsíčně'),
  ...period('year', 'rocznie, na rok, ročně, / rok, za rok'),
  ...period('hour', 'na godzinę, za godzinę, za hodinu'),
  // Spanish and Portuguese ("al mes", "por año", "por mês", "ao ano")
  ...period('month', 'al mes, por mes, mensuales, por mês, ao mês'),
  ...period('year', 'al año, por año, por ano, ao ano'),
  ...period('hour', 'por hora'),
  // Hungarian ("Ft/hó", "havonta", "évente", "óránként")
  ...period('month', '/ hó, havonta, / hónap'),
  ...period('year', '/ év, évente'),
  ...period('hour', '/ óra, óránként'),
];

export const PERIOD_BEFORE_DE_NL: readonly Entry<Period>[] = [
  ...COMPOUNDS.filter((c) => c.period !== null).map((c) => [c.word, c.period as Period] as const),
  ...period('month', 'månedsløn, månedslønn, månadslön'),
  ...period('year', 'årsløn, årslønn, årslön'),
  ...period('hour', 'timeløn, timelønn, timlön'),
  ...period('year', 'jährlich, pro jahr, per jaar, jaarlijks'),
  ...period('month', 'monatlich, pro monat, per maand, maandelijks'),
  ...period('hour', 'pro stunde, per uur'),
  // Hungarian ("havi bruttó 900 000 Ft", "éves fizetés", "órabér")
  ...period('month', 'havi, havibér'),
  ...period('year', 'éves, évi'),
  ...period('hour', 'órabér'),
];

/** Gross / net in German, Dutch and the other EU languages (also in English text: "5500 EUR brutto"). */
export const BASIS_EU: readonly Entry<'gross' | 'net'>[] = [
  ...COMPOUNDS.filter((c) => c.basis !== null).map(
    (c) => [c.word, c.basis as 'gross' | 'net'] as const,
  ),
  ...['brutto', 'bruto', 'bruttó', 'lordo', 'lordi', 'brutos', 'hrubá', 'hrubého'].map(
    (w) => [w, 'gross'] as const,
  ),
  ...['före skatt', 'før skat', 'vor steuern'].map((w) => [w, 'gross'] as const),
  ...['netto', 'nettó', 'neto', 'netos', 'netti', 'líquido', 'čistá', 'čistého'].map(
    (w) => [w, 'net'] as const,
  ),
  ...['efter skatt', 'efter skat', 'nach steuern'].map((w) => [w, 'net'] as const),
];

export const BOUND_DE_NL: readonly Entry<'max' | 'min'>[] = [
  ...COMPOUNDS.filter((c) => c.bound === 'min').map((c) => [c.word, 'min'] as const),
  ...['bis zu', 'bis', 'maximal', 'höchstens', 'weniger als', 'unter'].map(
    (w) => [w, 'max'] as const,
  ),
  ...['tot', 'tot maximaal', 'maximaal', 'minder dan', 'tot wel', 'oplopend tot'].map(
    (w) => [w, 'max'] as const,
  ),
  ...['ab', 'mindestens', 'mind.', 'über', 'mehr als', 'von mindestens'].map(
    (w) => [w, 'min'] as const,
  ),
  ...['vanaf', 'minimaal', 'minstens', 'ten minste', 'meer dan', 'boven'].map(
    (w) => [w, 'min'] as const,
  ),
  // Danish, Norwegian, Swedish, Polish, Czech and Spanish
  ...['fra', 'från', 'minst', 'mindst', 'od', 'desde'].map((w) => [w, 'min'] as const),
  ...['op til', 'opptil', 'upp till', 'inntil', 'højst', 'høyst', 'högst', 'do', 'až', 'až do'].map(
    (w) => [w, 'max'] as const,
  ),
  ...['hasta'].map((w) => [w, 'max'] as const),
];

export const APPROX_DE_NL: readonly Entry<true>[] = flag(
  'ca, ca., rund, etwa, ungefähr, zirka, um die, ongeveer, rond, rond de, zo’n, omstreeks',
);

export const STATISTIC_DE_NL: readonly Entry<'mean' | 'median'>[] = [
  ...['im schnitt', 'durchschnittlich', 'durchschnitt', 'gemiddeld', 'gemiddelde'].map(
    (w) => [w, 'mean'] as const,
  ),
  ...['mediangehalt', 'mediaan'].map((w) => [w, 'median'] as const),
];

export const BONUS_DE_NL: readonly Entry<true>[] = flag(
  'prämie, provision, weihnachtsgeld, urlaubsgeld, jahresbonus, tantieme, erfolgsbeteiligung, ' +
    'dertiende maand, 13e maand, eindejaarsuitkering, vakantiegeld, winstdeling, provisie',
);

export const EMPLOYMENT_DE_NL: readonly Entry<Employment>[] = [
  ...COMPOUNDS.filter((c) => c.employment !== null).map(
    (c) => [c.word, c.employment as Employment] as const,
  ),
  ...['freiberufliche', 'freiberuflich', 'freiberufler', 'freelancer', 'zzp', "zzp'er"].map(
    (w) => [w, 'freelance'] as const,
  ),
  ...['werkstudent', 'praktikum', 'praktikant', 'stagiair', 'stagiaire', 'trainee'].map(
    (w) => [w, 'intern'] as const,
  ),
];
