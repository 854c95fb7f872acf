/** Feeds repeat titles ("Data Scientist (H/F)" thousands of times): the title classifier's
 * answers are kept per title, up to `size` titles (the oldest dropped first). */
import type { RoleClassification } from '../../domain/index.ts';

export function memoClassifier(
  classify: (title: string) => RoleClassification,
  size = 20_000,
): (title: string) => RoleClassification {
  const known = new Map<string, RoleClassification>();
  return (title) => {
    const hit = known.get(title);
    if (hit) return hit;
    const answer = classify(title);
    if (known.size >= size) known.delete(known.keys().next().value as string);
    known.set(title, answer);
    return answer;
  };
}
