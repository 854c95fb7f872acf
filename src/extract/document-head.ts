/**
 * Document-level defaults, read from the head of a text (title, intro) because a long file of
 * many ads has no single topic: its main role and how much it talks about pay (both lazy, and
 * handed to the later pieces of a long text), and the currency most of its figures carry.
 */
import type { RoleId } from '../domain/index.ts';
import type { Scopes } from './context.ts';
import { PAY } from './cues-pay.ts';
import type { Lang } from './fact.ts';
import type { MoneyMention } from './mentions.ts';
import { ROLE_LEXICON } from './roles.ts';
import type { Span } from './structure.ts';

/** Document-level defaults read from the head of a text (title, intro). */
export interface DocumentHead {
  readonly lang: Lang;
  readonly role: RoleId | null;
  readonly payWords: number;
}

export interface DocumentDefaults {
  /** The role the head names most (twice at least, and 40% of its role words), or null. */
  readonly role: () => RoleId | null;
  /** How many pay words the head has. */
  readonly payWords: () => number;
  /** The currency most figures carry; else the place's (given by the caller), else EUR in
   * French, German or Dutch text. */
  readonly currency: string | null;
  /** True when no figure of the text writes a currency (the currency above is a default). */
  readonly currencyUnwritten: boolean;
}

/** The defaults of this text, or those of the whole document when `documentHead` is given. */
export function readDocumentDefaults(
  scopes: Scopes,
  mentions: readonly MoneyMention[],
  lang: Lang,
  documentHead: DocumentHead | undefined,
  placeCurrency: string | null = null,
): DocumentDefaults {
  const t = scopes.t;
  // document-level defaults read the head of the text (title, intro): a long file of many ads has no single topic
  const whole: Span = { start: 0, end: Math.min(t.count, 20000) };
  let docRole: RoleId | null | undefined = documentHead?.role;
  const documentRole = (): RoleId | null => {
    if (docRole !== undefined) return docRole;
    const counts = new Map<RoleId, number>();
    let total = 0;
    for (const m of scopes.matches('role', ROLE_LEXICON, whole)) {
      counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
      total += 1;
    }
    let best: RoleId | null = null;
    let bestCount = 0;
    for (const [id, n] of counts) if (n > bestCount) [best, bestCount] = [id, n];
    docRole = best !== null && bestCount >= 2 && bestCount >= 0.4 * total ? best : null;
    return docRole;
  };
  let docPayWords: number | undefined = documentHead?.payWords;
  const documentPayWords = (): number => (docPayWords ??= scopes.matches('pay', PAY, whole).length);
  const currencyCounts = new Map<string, number>();
  for (const m of mentions)
    if (m.currency) currencyCounts.set(m.currency, (currencyCounts.get(m.currency) ?? 0) + 1);
  let docCurrency: string | null = placeCurrency ?? (lang === 'en' ? null : 'EUR');
  let docCurrencyCount = 0;
  for (const [code, n] of currencyCounts)
    if (n > docCurrencyCount) [docCurrency, docCurrencyCount] = [code, n];

  return {
    role: documentRole,
    payWords: documentPayWords,
    currency: docCurrency,
    currencyUnwritten: currencyCounts.size === 0,
  };
}
