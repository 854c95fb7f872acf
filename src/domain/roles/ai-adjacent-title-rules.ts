/**
 * Title rules for the roles around AI: consultants, project and product managers, governance,
 * annotation, datacenter technicians, and heads of data/AI. "data/AI project" and the like need a
 * data or AI word (DOMAIN) beside the job noun.
 */
import { titleRule as r, type TitleRule } from './title-rule.ts';

const DOMAIN =
  '(data|ai|genai|llm|bi|powerbi|bigdata|machine learning|deep learning|data science|analytics|nlp|computer vision)';

export const AI_ADJACENT_TITLE_RULES: readonly TitleRule[] = [
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
];
