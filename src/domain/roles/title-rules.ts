/**
 * Weighted evidence read from a normalised title (see normalize-title.ts). A rule names a role
 * and a weight: ≥ 6 is a job noun that settles the role on its own ("data engineer"), 4–5 a
 * strong hint ("machine learning", "datacenter"), ≤ 3 a weak one that only counts when nothing
 * better is found ("consultant", "bi"). Rules for `other` mark jobs outside data/AI/software
 * (sales, law, teaching) so that "Développeur d'affaires" is not read as a developer.
 */
import type { RoleId } from './ids.ts';

export interface TitleRule {
  readonly role: RoleId;
  readonly weight: number;
  readonly pattern: RegExp;
  /** Short name shown in the classifier's reason. */
  readonly name: string;
}

const DOMAIN =
  '(data|ai|genai|llm|bi|powerbi|bigdata|machine learning|deep learning|data science|analytics|nlp|computer vision)';
const r = (role: RoleId, weight: number, name: string, pattern: RegExp): TitleRule => ({
  role,
  weight,
  name,
  pattern,
});

export const TITLE_RULES: readonly TitleRule[] = [
  r('data-scientist', 7, 'data scientist', /\bdata scientist\b/),
  r('data-scientist', 5, 'data science', /\bdata science\b/),
  r(
    'data-scientist',
    6,
    'X scientist',
    /\b(applied|decision|machine learning|ai|quantitative|marketing|product|rwe|evidence) scientist\b/,
  ),
  r('data-scientist', 6, 'statistician', /\b(statistician|econometrician|biostatistician)\b/),
  r('data-scientist', 5, 'quant', /\bquant(itative)? (analyst|researcher|strategist|modell?er)\b/),
  r(
    'data-scientist',
    5,
    'bioinformatics',
    /\b(bioinformatic\w*|computational biolog\w*|cheminformatic\w*)\b/,
  ),
  r('data-scientist', 4, 'economist', /\beconomist\b/),
  r('data-scientist', 4, 'modelling', /\b(modelisation|machine learning modell?er)\b/),
  r('data-analyst', 7, 'data analyst', /\bdata analyst\b/),
  r(
    'data-analyst',
    6,
    'X analyst',
    /\b(bi|powerbi|reporting|insights?|web|business|product|marketing|pricing|fraud|risk|crm|financial|finance|analytics|people|sales|operations) (data )?analyst\b/,
  ),
  r('data-analyst', 6, 'analyst of data', /\banalyst (bi|data|bigdata)\b/),
  r(
    'data-analyst',
    6,
    'BI developer/consultant',
    /\b(developer|consultant|referent technique|specialist|expert) (\w+ )?(bi|powerbi|tableau|qlik)\b|\b(bi|powerbi|tableau|qlik) (developer|analyst|consultant|specialist|expert)\b/,
  ),
  r(
    'data-analyst',
    5,
    'data visualisation',
    /\b(dataviz|data visuali[sz]ation|visuali[sz]ation)\b/,
  ),
  r('data-analyst', 4, 'analytics', /\b(analytics|insights?|reporting)\b/),
  r('data-analyst', 3, 'powerbi', /\b(powerbi|tableau|qlik)\b/),
  r(
    'data-analyst',
    5,
    'statistics',
    /\b(statistics|charge d'etudes|charge d'analyses?|data operations)\b/,
  ),
  r('data-analyst', 2, 'bi', /\bbi\b/),
  r('data-engineer', 8, 'data engineer', /\bdata engineer(ing)?\b/),
  r('data-engineer', 7, 'engineer of data', /\bengineer (des |de )?(data|bigdata)\b/),
  r(
    'data-engineer',
    6,
    'data architect',
    /\b(data|bigdata|database|information) architect\b|\barchitect (des |de )?(data|bigdata|bi)\b/,
  ),
  r(
    'data-engineer',
    6,
    'data platform',
    /\bdata (integration|platform|pipeline|infrastructure|ops|developer|integrator|warehouse)\b|\bdataops\b|\bintegrat\w* (systeme )?(data|bigdata)\b/,
  ),
  r('data-engineer', 5, 'bigdata', /\bbigdata\b/),
  r(
    'data-engineer',
    8,
    'big data engineering',
    /\b(developer|developpement|engineer|integrat\w*|architect|tech lead|consultant)\b.*\bbigdata\b|\bbigdata\b.*\b(developer|engineer|architect)\b/,
  ),
  r('data-engineer', 5, 'ETL', /\b(etl|elt)\b/),
  r(
    'data-engineer',
    5,
    'DBA',
    /\b(dba|database administrator|administrateur (de )?bases? de data)\b/,
  ),
  r(
    'data-engineer',
    3,
    'data stack',
    /\b(talend|spark|hadoop|databricks|snowflake|kafka|informatica)\b/,
  ),
  r('analytics-engineer', 9, 'analytics engineer', /\banalytics engineer(ing)?\b/),
  r('analytics-engineer', 7, 'data modeler', /\bdata modell?er\b/),
  r('analytics-engineer', 7, 'BI engineer', /\bbi engineer\b/),
  r('analytics-engineer', 3, 'dbt', /\bdbt\b/),
  r(
    'ml-engineer',
    9,
    'ML engineer',
    /\b(machine learning|deep learning) engineer\b|\bengineer (en )?(machine learning|deep learning)\b/,
  ),
  r(
    'ml-engineer',
    7,
    'ML developer',
    /\b(machine learning|deep learning) (developer|specialist|expert)\b|\bdeveloper (\w+ )?machine learning\b/,
  ),
  r('ml-engineer', 5, 'machine learning', /\b(machine learning|deep learning)\b/),
  r('ml-engineer', 4, 'algorithms', /\balgorithm\w*\b/),
  r('mlops-engineer', 10, 'MLOps', /\b(mlops|llmops)\b/),
  r(
    'mlops-engineer',
    9,
    'ML platform',
    /\b(machine learning|ai) (platform|infrastructure|infra)\b/,
  ),
  r(
    'mlops-engineer',
    9,
    'DevOps for AI',
    /\bdevops\b.*\b(ai|machine learning|genai)\b|\b(ai|machine learning|genai)\b.*\bdevops\b/,
  ),
  r(
    'ai-engineer',
    9,
    'AI engineer',
    /\b(ai|genai|llm) (software )?(engineer|developer|programmer|specialist)\b|\b(engineer|developer|informaticien) (en )?(ai|genai|llm)\b/,
  ),
  r('ai-engineer', 6, 'forward deployed', /\bforward deployed\b/),
  r('ai-engineer', 5, 'genai', /\b(genai|llm|chatbot|copilot)\b/),
  r('ai-engineer', 4, 'ai', /\bai\b/),
  r(
    'ai-engineer',
    6,
    'engineer in AI',
    /\b(engineer|developer|informaticien|tech lead)\b.*\b(ai|genai|llm)\b|\b(ai|genai|llm)\b.*\b(engineer|developer)\b/,
  ),
  r('computer-vision-engineer', 8, 'computer vision', /\bcomputer vision\b/),
  r('computer-vision-engineer', 6, 'vision', /\b(machine vision|vision|perception|images?)\b/),
  r('nlp-engineer', 8, 'NLP', /\b(nlp|computational linguist\w*)\b/),
  r('nlp-engineer', 6, 'speech', /\b(speech|voice)\b/),
  r('prompt-engineer', 10, 'prompt', /\bprompt\w*\b/),
  r('prompt-engineer', 8, 'conversation design', /\bconversation(al|nel)? (ai )?design\w*\b/),
  r(
    'agent-engineer',
    10,
    'AI agents',
    /\b(agents? (ai|genai|llm|autonomes?|intelligents?)|ai agents?|agentic|agentique|multi agents?|data agents?)\b/,
  ),
  r(
    'ai-researcher',
    8,
    'researcher',
    /\b(researcher|research (scientist|engineer|fellow|associate|assistant)|engineer (de )?research|postdoc\w*|post doc\w*|postdoctoral)\b/,
  ),
  r('ai-researcher', 6, 'PhD', /\b(phd|ph d|doctorant|doctoral|these|thesis)\b/),
  r(
    'ai-researcher',
    5,
    'research in AI',
    /\b(research|r d)\b.*\b(ai|machine learning|deep learning|computer vision|nlp)\b|\b(ai|machine learning|deep learning) research\b/,
  ),
  r('ai-researcher', 3, 'research', /\b(research|docteur|scientist)\b/),
  r(
    'ai-architect',
    10,
    'AI architect',
    /\b(ai|genai|llm|machine learning|deep learning) (solutions? )?architect\b|\barchitect\b.*\b(ai|genai|machine learning)\b|\b(ai|genai)\b.*\barchitect\b/,
  ),
  r('ai-architect', 6, 'solution architect', /\bsolutions? architect\b/),
  r(
    'ai-consultant',
    7,
    'data/AI consultant',
    /\bconsultant (en |expert )?(ai|data|bigdata|machine learning|data science|genai)\b|\b(ai|data|bigdata) consultant\b/,
  ),
  r(
    'ai-consultant',
    7,
    'pre-sales',
    /\b(avant vente|presales?|pre sales|solutions? (engineer|consultant|specialist))\b/,
  ),
  r('ai-consultant', 7, 'strategist', /\b(data|ai) strateg\w*\b|\bexpert transformation\b/),
  r('ai-consultant', 3, 'consultant', /\bconsultant\b/),
  r(
    'ai-consultant',
    4,
    'consultant in data/AI',
    /\bconsultant\b.*\b(ai|data|bigdata|genai|machine learning)\b/,
  ),
  r(
    'ai-project-manager',
    3,
    'project manager',
    /\b(project manager|pmo|program manager|delivery manager)\b/,
  ),
  r(
    'ai-project-manager',
    5,
    'data/AI project',
    new RegExp(
      `\\b(project manager|pmo|projects?|projets?|program manager)\\b.*\\b${DOMAIN}\\b|\\b${DOMAIN}\\b.*\\b(project manager|projects?|program manager)\\b`,
    ),
  ),
  r('ai-product-manager', 6, 'product manager', /\b(product (owner|manager)|po)\b/),
  r(
    'ai-product-manager',
    3,
    'data/AI product',
    new RegExp(
      `\\bproduct (owner|manager)\\b.*\\b${DOMAIN}\\b|\\b${DOMAIN}\\b.*\\bproduct (owner|manager)\\b`,
    ),
  ),
  r(
    'ai-governance',
    9,
    'governance',
    /\b(governance|data steward\w*|data protection|dpo|ethics|responsible ai)\b/,
  ),
  r(
    'ai-governance',
    8,
    'data quality/management',
    /\b(data (quality|management|domain)|quality (des |de la )?data|master data|mdm|product data management)\b/,
  ),
  r('ai-governance', 6, 'data manager', /\b(data manager|technician (master )?data)\b/),
  r('ai-governance', 4, 'compliance', /\b(conformite|compliance|privacy)\b/),
  r(
    'data-annotator',
    13,
    'annotation',
    /\b(annotat\w*|label(l)?ers?|label(l)?ing|data collector|ai (trainer|tutor)|rater|data (entry|operator)|operateur de saisie|tutor reviewer)\b/,
  ),
  r('datacenter-technician', 7, 'datacenter', /\bdatacenter\b/),
  r(
    'datacenter-technician',
    5,
    'systems/network',
    /\b(engineer|administrator|administrateur|technician|admin) (\w+ )?(systemes?|system|systems|reseaux?|network|linux|exploitation|infrastructure)\b|\b(system|systems|network|reseaux?) (engineer|administrator|admin)\b/,
  ),
  r(
    'head-of-ai',
    10,
    'chief data/AI',
    /\b(chief (data|ai|analytics|data and analytics)|cdo|caio)\b/,
  ),
  r(
    'head-of-ai',
    9,
    'head of data/AI',
    new RegExp(
      `\\b(head|director|vp|vice president|responsable)\\b (of |de la |des |du |de |d')?(\\w+ ){0,2}${DOMAIN}\\b`,
    ),
  ),
  r(
    'software-engineer',
    7,
    'software engineer',
    /\bsoftware (engineer|developer|architect|development)\b|\bengineer (software|developpement)\b/,
  ),
  r(
    'software-engineer',
    7,
    'DevOps/SRE',
    /\b(devops|sre|site reliability|cloud engineer|platform engineer|infrastructure engineer)\b/,
  ),
  r(
    'software-engineer',
    5,
    'developer',
    /\b(developer|programmer|programmeur|concepteur|integrateur|integrator)\b/,
  ),
  r(
    'software-engineer',
    5,
    'tech lead',
    /\b(tech ?lead|technical lead|lead developer|engineering manager)\b/,
  ),
  r(
    'software-engineer',
    5,
    'technical architect',
    /\barchitect (technique|software|infra\w*|cloud|systeme|si|soa|logiciel)\b|\b(technical|software|cloud|infra\w*|systeme|system) architect\b|\barchitect\b.*\bdevops\b/,
  ),
  r(
    'software-engineer',
    3,
    'stack',
    /\b(fullstack|frontend|backend|java|javascript|python|php|\.net|c#|c\+\+|angular|react\w*|j2ee|jee|ios|android|qa|web|mobile)\b/,
  ),
  r(
    'other',
    12,
    'not a data/AI job',
    /\b(commercial|business (developer|development)|sales|account (executive|manager|exec)|developer (d'affaires|foncier|economique|commercial)|charge d'affaires|juriste|lawyer|counsel|recruteur|recruiter|formateur|formatrice|trainer|enseignant|teacher|intervenant|chauffeur|serveur|vendeur|agent (de |d')?(maintenance|entretien|nettoyage)|brevets?|patent|marketing manager|channel manager|projeteur|projeteleur|infirmier|soudeur|plombier|cuisine|restauration|boulanger|mediation)\b/,
  ),
];
