/**
 * A coarse job family read from a free title, used as the role grouping that rare titles are
 * shrunk toward when no role id is known (the roles table, when given, takes precedence).
 * Rules are tried in order; the first whose pattern matches wins.
 */
const FAMILY_RULES: readonly (readonly [string, RegExp])[] = [
  ['intern', /\b(stage|stagiaire|intern|internship|trainee|apprentice|alternance|alternant)\b/],
  ['executive', /\b(head|director|vp|vice president|chief|cto|cdo|executive)\b/],
  ['researcher', /\b(research|researcher|postdoc\w*|post doctoral|fellow)\b/],
  ['manager', /\b(manager|management lead)\b/],
  [
    'ml-engineer',
    /\b(machine learning|ml|mlops|ai|artificial intelligence|deep learning|computer vision|nlp|prompt|genai|llm|robotics)\b/,
  ],
  [
    'data-scientist',
    /\b(scientist|statistic\w*|economist|actuar\w*|quant\w*|bioinformatic\w*|decision)\b/,
  ],
  [
    'data-engineer',
    /\b(data engineer|etl|big data|data platform|data integration|dataops|databricks|data infrastructure|data architect|data modeler)\b/,
  ],
  [
    'data-analyst',
    /\b(analyst|analyse|analytics|analysis|bi|business intelligence|power bi|tableau|reporting|insight|visualization)\b/,
  ],
  ['data-governance', /\b(governance|data quality|data management|steward|master data)\b/],
  ['product', /\b(product)\b/],
  ['architect', /\b(architect)\b/],
  [
    'software-engineer',
    /\b(software|developer|engineer|backend|frontend|full ?stack|devops|reliability|cloud|programmer|technical)\b/,
  ],
  ['sales', /\b(sales|account|business development|marketing|recruiter|counsel|writer)\b/],
];

/** Lower case, single spaces: the key a title is counted under. */
export function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The family of a title, or `other` when no rule matches. */
export function titleFamily(title: string): string {
  const t = normaliseTitle(title);
  for (const [family, pattern] of FAMILY_RULES) if (pattern.test(t)) return family;
  return 'other';
}
