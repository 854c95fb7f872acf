/**
 * The shape of a weighted title rule (see title-rules.ts for what the weights mean) and the
 * short constructor the rule lists are written with.
 */
import type { RoleId } from './ids.ts';

export interface TitleRule {
  readonly role: RoleId;
  readonly weight: number;
  readonly pattern: RegExp;
  /** Short name shown in the classifier's reason. */
  readonly name: string;
}

export const titleRule = (
  role: RoleId,
  weight: number,
  name: string,
  pattern: RegExp,
): TitleRule => ({
  role,
  weight,
  name,
  pattern,
});
