/** Pure routing: a URL path ↔ a page, with the language as the first segment (/fr/..., /en/...).
 * Every page state lives in the query string, so any view can be shared as a link. */
import { isLang, type Lang } from './i18n/index.ts';

export const PAGES = [
  'home',
  'explorer',
  'role',
  'estimator',
  'freelance',
  'compare',
  'market',
  'sources',
  'read',
  'contribute',
] as const;
export type Page = (typeof PAGES)[number] | 'not-found';

export interface Route {
  readonly lang: Lang;
  readonly page: Page;
  /** The role id of /roles/:id. */
  readonly param: string | null;
  readonly query: URLSearchParams;
}

const SLUGS: Record<Exclude<Page, 'home' | 'role' | 'not-found'>, string> = {
  explorer: 'explorer',
  estimator: 'estimator',
  freelance: 'freelance',
  compare: 'compare',
  market: 'market',
  sources: 'sources',
  read: 'read',
  contribute: 'contribute',
};

export function parseRoute(pathname: string, search: string, fallbackLang: Lang = 'fr'): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const first = parts[0];
  if (!isLang(first)) {
    return {
      lang: fallbackLang,
      page: parts.length === 0 ? 'home' : 'not-found',
      param: null,
      query,
    };
  }
  const [slug, param, extra] = parts.slice(1);
  if (slug === undefined) return { lang: first, page: 'home', param: null, query };
  if (slug === 'roles' && param && extra === undefined)
    return { lang: first, page: 'role', param, query };
  const page = (Object.keys(SLUGS) as (keyof typeof SLUGS)[]).find((p) => SLUGS[p] === slug);
  if (page && param === undefined) return { lang: first, page, param: null, query };
  return { lang: first, page: 'not-found', param: null, query };
}

/** Query values that are empty are left out, so links stay short and canonical. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function pathFor(
  lang: Lang,
  page: Exclude<Page, 'not-found'>,
  options: { param?: string; query?: Record<string, string | number | undefined | null> } = {},
): string {
  const qs = options.query ? queryString(options.query) : '';
  if (page === 'home') return `/${lang}/${qs}`;
  if (page === 'role') return `/${lang}/roles/${encodeURIComponent(options.param ?? '')}${qs}`;
  return `/${lang}/${SLUGS[page]}${qs}`;
}

/** The same page in the other language, state kept. */
export function switchLanguage(pathname: string, search: string, lang: Lang): string {
  const parts = pathname.split('/').filter(Boolean);
  if (isLang(parts[0])) parts[0] = lang;
  else parts.unshift(lang);
  return `/${parts.join('/')}${parts.length === 1 ? '/' : ''}${search}`;
}
