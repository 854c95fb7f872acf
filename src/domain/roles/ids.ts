/** Canonical role ids (the roles issue builds the full taxonomy on these ids in data/roles). */
export const ROLE_IDS = [
  'data-scientist',
  'data-analyst',
  'data-engineer',
  'analytics-engineer',
  'ml-engineer',
  'mlops-engineer',
  'ai-engineer',
  'computer-vision-engineer',
  'nlp-engineer',
  'prompt-engineer',
  'agent-engineer',
  'ai-researcher',
  'ai-architect',
  'ai-consultant',
  'ai-project-manager',
  'ai-product-manager',
  'ai-governance',
  'data-annotator',
  'datacenter-technician',
  'head-of-ai',
  'software-engineer',
  'other',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value);
}
