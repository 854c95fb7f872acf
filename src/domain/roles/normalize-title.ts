/**
 * A raw job title → canonical English-ish words, so that French and English, masculine and
 * feminine, abbreviated and spelled-out forms of the same job meet:
 * "Ingénieur(e) IA générative (H/F)" → "engineer ai genai".
 */
import { foldText } from './fold-text.ts';

/** Gender marks and their written forms: (H/F), F/H/NB, m/w/d, ingénieur(e), chargé.e, développeur·se. */
const GENDER_MARKS: readonly [RegExp, string][] = [
  [/\(?\b[hfm]\s*\/\s*[hfmw](\s*\/\s*(nb|x|d|n))?\b\)?/g, ' '],
  [/\((h|f|m|hf|fh|nb|x|e|se|euse|ne|le|rice|trice|fe)\)/g, ' '],
  [/\b(h|f)\s*-\s*(f|h)\b/g, ' '],
  [/\ball gender\b/g, ' '],
  [/([a-z])[.·•-](e|se|euse|ne|le|rice|trice|fe)\b/g, '$1'],
  [/\b([a-z]+)\s*\/\s*\1?(e|euse|rice|trice)\b/g, '$1'],
];

/** Feminine and plural job nouns → the masculine singular the rules are written on. */
const FEMININE: readonly [RegExp, string][] = [
  [/\bingenieure?s?\b/g, 'ingenieur'],
  [/\bdeveloppeu(r|se|rs|ses)\b/g, 'developpeur'],
  [/\bdevelopeu(r|se)\b/g, 'developpeur'],
  [/\bchef(fe)?s?\b/g, 'chef'],
  [/\bconsultant(e|es|s)\b/g, 'consultant'],
  [/\bchercheu(r|se|rs|ses)\b/g, 'chercheur'],
  [/\btechnicien(ne|s|nes)\b/g, 'technicien'],
  [/\bdirect(eur|rice|eurs|rices)\b/g, 'directeur'],
  [/\bannotat(eur|rice|eurs|rices)\b/g, 'annotateur'],
  [/\bexpert(e|s|es)\b/g, 'expert'],
  [/\bcharge(e|s|es)?\b/g, 'charge'],
  [/\bstatisticien(ne|s|nes)\b/g, 'statisticien'],
  [/\barchitectes\b/g, 'architecte'],
  [/\bdevelopers\b/g, 'developer'],
  [/\bengineers\b/g, 'engineer'],
  [/\bresearchers\b/g, 'researcher'],
  [/\bscientists\b/g, 'scientist'],
  [/\bconsultants\b/g, 'consultant'],
  [/\bdata managers\b/g, 'data manager'],
];

/** German and Dutch job words → the English ones the rules are written on (folded: "künstliche"
 * is "kunstliche"; the German gender colon and asterisk are gone: "Analyst:in" is "analyst in"). */
const GERMAN_DUTCH: readonly [RegExp, string][] = [
  // the feminine forms, glued ("Ingenieurin") or after the colon ("Analyst:in")
  [/\b([a-z]*(?:ingenieur|entwickler|analyst|berater|forscher|wissenschaftler|architekt|leiter|praktikant|werkstudent|administrator)) ?in\b/g, '$1'],
  [/\bdatenwissenschaftler\b|\bdata ?wetenschapper\b/g, 'data scientist'],
  [/\bdaten ?(analyst|analytiker|analyse)\b|\bdata ?(analist|analyse)\b|\bgegevensanalist\b/g, 'data analyst'],
  [/\bdaten ?ingenieur\b/g, 'data engineer'],
  [/\bdaten ?architekt\b/g, 'data architect'],
  [/\bdatenbank ?administrator\b/g, 'dba'],
  [/\bkunstliche intelligenz\b|\bkunstmatige intelligentie\b/g, 'ai'],
  [/\bki\b/g, 'ai'],
  [/\bmaschinelles lernen\b|\bmachinaal leren\b/g, 'machine learning'],
  [/\bsoftware ?(entwickler|ontwikkelaar)\b/g, 'software developer'],
  [/\b(entwickler|ontwikkelaar)\b/g, 'developer'],
  [/\bwissenschaftliche[rs]? mitarbeiter\b/g, 'researcher'],
  [/\b(wissenschaftler|wetenschapper)\b/g, 'scientist'],
  [/\b(forscher|onderzoeker)\b/g, 'researcher'],
  [/\b(berater|adviseur)\b/g, 'consultant'],
  [/\b(projektleiter|projektmanager|projectleider|projectmanager)\b/g, 'project manager'],
  [/\barchitekt\b/g, 'architect'],
  [/\bleiter\b/g, 'head'],
  [/\b(daten|gegevens)\b/g, 'data'],
]; // prettier-ignore

/** French → English and abbreviations → one spelling. Order matters: longer phrases first. */
const SYNONYMS: readonly [RegExp, string][] = [
  ...GERMAN_DUTCH,
  [/\bdata[- ]?scien[a-z]*st\b/g, 'data scientist'],
  [/\bdata[- ]?analy(st|ste|ste|ist)e?\b/g, 'data analyst'],
  [/\bdata[- ]?engineer(ing)?\b/g, 'data engineer$1'],
  [/\bscientifique des donnees\b/g, 'data scientist'],
  [/\b(analyste|analyst) (des |de )?donnees\b/g, 'data analyst'],
  [/\bsciences? (des|de la) donnees\b/g, 'data science'],
  [/\bdata sciences\b/g, 'data science'],
  [/\bintelligence artificielle\b/g, 'ai'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\b(ia|i\.a\.|ai) generative\b/g, 'genai'],
  [/\bgenerative (ai|ia)\b/g, 'genai'],
  [/\bgen ai\b/g, 'genai'],
  [/\bia\b/g, 'ai'],
  [/\bapprentissage (automatique|machine)\b/g, 'machine learning'],
  [/\bapprentissage profond\b/g, 'deep learning'],
  [/\bml ?ops\b/g, 'mlops'],
  [/\bml\b/g, 'machine learning'],
  [/\bvision par ordinateur\b/g, 'computer vision'],
  [/\b(traitement|analyse) (d'|des )?images?\b/g, 'computer vision'],
  [/\bimage analytics\b/g, 'computer vision'],
  [/\btraitement (automatique )?(du langage( naturel)?|des langues|de la langue)\b/g, 'nlp'],
  [/\bnatural language processing\b/g, 'nlp'],
  [/\btal\b/g, 'nlp'],
  [/\b(llms?|large language models?)\b/g, 'llm'],
  [/\breconnaissance (vocale|de la parole)\b/g, 'speech'],
  [/\bbusiness intelligence\b/g, 'bi'],
  [/\b(informatique )?decisionnel(le)?\b/g, 'bi'],
  [/\bpower ?bi\b/g, 'powerbi'],
  [/\bbig[- ]?data\b/g, 'bigdata'],
  [/\bdata[- ]?cent(er|re)s?\b/g, 'datacenter'],
  [/\bgouvernance\b/g, 'governance'],
  [/\bqualite\b/g, 'quality'],
  [/\bdonnees\b/g, 'data'],
  [/\brecherche\b/g, 'research'],
  [/\bingenieur\b/g, 'engineer'],
  [/\bdeveloppeur\b/g, 'developer'],
  // a lecturer-researcher's job is research ("Enseignant-chercheur en IA")
  [/\benseignant chercheur\b/g, 'researcher'],
  [/\bchercheur\b/g, 'researcher'],
  [/\bstatisticien\b/g, 'statistician'],
  [/\bstatistiques?\b/g, 'statistics'],
  [/\barchitecte\b/g, 'architect'],
  [/\banalyste\b/g, 'analyst'],
  [/\btechnicien\b/g, 'technician'],
  [/\bchef de (projets?|mission)\b/g, 'project manager'],
  [/\b(charge|responsable|directeur|manager) de projets?\b/g, 'project manager'],
  [/\bchef de produit\b/g, 'product manager'],
  [/\bdirecteur\b/g, 'director'],
  [/\blogiciel\b/g, 'software'],
  [/\bdev ?ops\b/g, 'devops'],
  [/\bml ?ops\b/g, 'mlops'],
  [/\bfull[- ]?stack\b/g, 'fullstack'],
  [/\bfront[- ]?end\b/g, 'frontend'],
  [/\bback[- ]?end\b/g, 'backend'],
  [/\bsr\b\.?/g, 'senior'],
  // "Lead Dev Python", "Dev back-end": the short form of developer (devops is read above)
  [/\bdevs?\b/g, 'developer'],
];

/** The title in canonical words (folded, gender marks removed, FR→EN), single-spaced. */
export function normalizeTitle(raw: string): string {
  let s = ` ${foldText(raw)} `;
  for (const [pattern, to] of GENDER_MARKS) s = s.replace(pattern, to);
  for (const [pattern, to] of FEMININE) s = s.replace(pattern, to);
  s = s.replace(/[^a-z0-9+#./'&\s-]/g, ' ').replace(/-+/g, ' ');
  for (const [pattern, to] of SYNONYMS) s = s.replace(pattern, to as string);
  return s
    .replace(/[/&,;:|()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
