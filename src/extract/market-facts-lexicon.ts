/** Words the market-fact rules read (French and English), as regular-expression sources. */

/** "près de", "nearly": the figure is approximate. */
export const APPROX = String.raw`près d'|près de|presque|environ|quelque|autour de|pas loin de|nearly|almost|close to|about|around|roughly|some`;

/** Fractions written as words, and their value. */
export const FRACTIONS: ReadonlyArray<[string, number]> = [
  ['la moitié', 1 / 2], ['moitié', 1 / 2], ['deux tiers', 2 / 3], ['un tiers', 1 / 3],
  ['trois quarts', 3 / 4], ['un quart', 1 / 4], ['un cinquième', 1 / 5], ['un dixième', 1 / 10],
  ['two thirds', 2 / 3], ['two-thirds', 2 / 3], ['a third', 1 / 3], ['one third', 1 / 3],
  ['three quarters', 3 / 4], ['three-quarters', 3 / 4], ['a quarter', 1 / 4],
  ['one quarter', 1 / 4], ['a fifth', 1 / 5], ['a tenth', 1 / 10], ['half', 1 / 2],
]; // prettier-ignore

/** Job postings and positions, as a share's or a count's noun. */
export const POSTING_NOUNS = String.raw`offres d'emploi|offres|postes|annonces|emplois|recrutements|job postings|job offers|job ads|job openings|postings|openings|positions|vacancies|listings|jobs|roles`;

export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, january: 1,
  february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
}; // prettier-ignore

/** What a share is about, tried in order on its sentence. */
export const SHARE_SUBJECTS: ReadonlyArray<[string, RegExp]> = [
  ['remote-or-hybrid', /(télétravail|remote)\b[^.]{0,30}\b(ou|or)\s+(hybride?|hybrid)/i],
  ['remote-or-hybrid', /(hybride?|hybrid)\b[^.]{0,30}\b(ou|or)\s+(à distance|remote|télétravail)/i],
  ['remote', /télétravail|à distance|\bremote\b|work from home|telework/i],
  ['hybrid', /hybride|\bhybrid\b/i],
  ['pay', /(salaire|rémunération|fourchette|\bpay\b|salary|salaries|wages?)/i],
  ['ai', /(mentionn|mention|cit|réf[ée]r)\w*\s[^.]{0,40}\b(IA|AI|intelligence artificielle|artificial intelligence)\b/i],
]; // prettier-ignore

/** A sentence (or the one before it) speaking of hiring places. */
export const HUB_CUES =
  /pôles?|bassins? d'emploi|\bhubs?\b|talents|recrut|hiring|géographie|geography|job markets?|marchés? de l'emploi/i;
/** Lists of platforms, tools or employers are not places. */
export const NOT_PLACES =
  /plateformes?|platforms?|\bsites?\b|\bboards?\b|outils|\btools\b|logiciels|software|langages|languages|entreprises comme|companies (such as|like)/i;
