/** The FR/EN dictionary and the translate function (French by default). */
import { en } from './en.ts';
import { fr, type MessageKey } from './fr.ts';

export type { MessageKey };
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string | undefined): value is Lang {
  return value === 'fr' || value === 'en';
}

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { fr, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Replaces {name} placeholders; a missing parameter stays visible rather than vanishing. */
export function translator(lang: Lang): Translate {
  const dict = DICTIONARIES[lang];
  return (key, params) => {
    const text = dict[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
