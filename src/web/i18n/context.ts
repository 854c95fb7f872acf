/** The reader's language and its helpers, available to every component. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import {
  formatDate,
  formatDecimal,
  formatInteger,
  formatMoney,
  formatMoneyShort,
} from '../format.ts';
import { translator, type Lang, type Translate } from './index.ts';

export interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
  readonly money: (amount: number, currency: string) => string;
  readonly moneyShort: (amount: number, currency: string) => string;
  readonly int: (value: number) => string;
  readonly num: (value: number, digits?: number) => string;
  readonly date: (isoDay: string) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: translator(lang),
    money: (a, c) => formatMoney(a, c, lang),
    moneyShort: (a, c) => formatMoneyShort(a, c, lang),
    int: (v) => formatInteger(v, lang),
    num: (v, digits) => formatDecimal(v, lang, digits),
    date: (d) => formatDate(d, lang),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('fr'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
