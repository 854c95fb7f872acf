/**
 * Title rules for the AI building roles: ML, MLOps and AI engineers, computer vision, NLP, prompt
 * and agent engineers, AI researchers and architects.
 */
import { titleRule as r, type TitleRule } from './title-rule.ts';

export const AI_TITLE_RULES: readonly TitleRule[] = [
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
];
