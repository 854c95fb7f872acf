/** Locale-aware number and money formatting ("56 520 €" in French, "€56,520" in English). */
import type { Lang } from './i18n/index.ts';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** Whole units for yearly and monthly figures, cents below 100 (hourly rates). */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const digits = Math.abs(amount) < 100 ? 2 : 0;
  return numberFormat(lang, {
    style: 'currency',
    currency,
    maximumFractionDigits: digits,
    minimumFractionDigits: digits === 2 && !Number.isInteger(amount) ? 2 : 0,
  }).format(amount);
}

/** "56 k€" / "€56K": for dense tables and chart axes. */
export function formatMoneyShort(amount: number, currency: string, lang: Lang): string {
  if (Math.abs(amount) < 10_000) return formatMoney(amount, currency, lang);
  return numberFormat(lang, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: Math.abs(amount) < 100_000 ? 1 : 0,
  }).format(amount);
}

export function formatInteger(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** Plain numbers with up to `digits` decimals ("1,1252" / "1.1252"): rates and factors. */
export function formatDecimal(value: number, lang: Lang, digits = 4): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** YYYY-MM-DD → "1 juil. 2025" / "Jul 1, 2025" (dates are calendar days, read as UTC). */
export function formatDate(isoDay: string, lang: Lang): string {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}

export function countryName(code: string, lang: Lang): string {
  try {
    return (
      new Intl.DisplayNames([LOCALES[lang]], { type: 'region' }).of(code.toUpperCase()) ?? code
    );
  } catch {
    return code;
  }
}

/** A source's title as a reader of `lang` reads it: its French title on French pages, where it
 * has one. */
export function sourceTitle(s: { title: string; titleFr?: string | null }, lang: Lang): string {
  return lang === 'fr' && s.titleFr ? s.titleFr : s.title;
}
