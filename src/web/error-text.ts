/** An API error as a sentence in the reader's language that says what to change: never the raw
 * code. Pure, so it is tested in node. */
import { frErrors } from './i18n/fr-errors.ts';
import type { MessageKey, Translate } from './i18n/index.ts';

export function errorSentence(
  error: { readonly code: string; readonly parameter?: string | undefined },
  t: Translate,
): string {
  const key = `error.${error.code}`;
  if (!Object.hasOwn(frErrors, key)) return t('error.unknown');
  const parameter = error.parameter ? t('error.parameter', { name: error.parameter }) : '';
  return t(key as MessageKey, { parameter });
}
