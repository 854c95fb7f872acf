/** The shell: header with navigation and language switch, the current page, the footer. Pages
 * other than the home page are loaded on demand to keep the first load small. */
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext, makeI18n, useI18n } from './i18n/context.ts';
import type { MessageKey } from './i18n/index.ts';
import { useLocation } from './navigation.ts';
import { HomePage } from './pages/home.tsx';
import { parseRoute, pathFor, switchLanguage, type Page, type Route } from './routes.ts';

export interface PageProps {
  readonly route: Route;
}

type Loader = () => Promise<{ default: ComponentType<PageProps> }>;

const LAZY: Record<Exclude<Page, 'home'>, Loader> = {
  explorer: () => import('./pages/explorer.tsx'),
  role: () => import('./pages/role.tsx'),
  estimator: () => import('./pages/estimator.tsx'),
  freelance: () => import('./pages/freelance.tsx'),
  compare: () => import('./pages/compare.tsx'),
  market: () => import('./pages/market.tsx'),
  sources: () => import('./pages/sources.tsx'),
  read: () => import('./pages/read.tsx'),
  contribute: () => import('./pages/contribute.tsx'),
  'not-found': () => import('./pages/not-found.tsx'),
};

const loaded = new Map<Page, ComponentType<PageProps>>();

function PageView({ route }: PageProps) {
  const { t } = useI18n();
  const [, setTick] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const page = route.page;
  const Component = page === 'home' ? HomePage : loaded.get(page);
  useEffect(() => {
    if (page === 'home' || loaded.has(page)) return;
    LAZY[page]().then(
      (module) => {
        loaded.set(page, module.default);
        setTick((n) => n + 1);
      },
      (error: Error) => setFailure(error.message),
    );
  }, [page]);
  if (failure) return <p role="alert">{t('common.error', { message: failure })}</p>;
  if (!Component) return <p aria-busy="true">{t('common.loading')}</p>;
  return <Component route={route} />;
}

const NAV: readonly [Exclude<Page, 'not-found' | 'role'>, MessageKey][] = [
  ['home', 'nav.home'],
  ['explorer', 'nav.explorer'],
  ['estimator', 'nav.estimator'],
  ['freelance', 'nav.freelance'],
  ['compare', 'nav.compare'],
  ['market', 'nav.market'],
  ['read', 'nav.read'],
  ['sources', 'nav.sources'],
  ['contribute', 'nav.contribute'],
];

export function App() {
  const loc = useLocation();
  const route = useMemo(() => parseRoute(loc.pathname, loc.search), [loc.pathname, loc.search]);
  const i18n = useMemo(() => makeI18n(route.lang), [route.lang]);
  const { t, lang } = i18n;
  const other = lang === 'fr' ? 'en' : 'fr';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header class="site-header">
        <div class="bar">
          <a class="brand" href={pathFor(lang, 'home')}>
            <svg class="logo" width="22" height="22" viewBox="0 0 20 20" aria-hidden="true">
              <path
                d="M4 2v5a6 6 0 0 0 12 0V2M10 2v6M10 13v6"
                stroke="currentColor"
                stroke-width="2.4"
                fill="none"
                stroke-linecap="round"
              />
            </svg>{' '}
            {t('app.name')}
          </a>
          <a
            class="lang"
            href={switchLanguage(loc.pathname, loc.search, other)}
            hreflang={other}
            lang={other}
            aria-label={t('lang.switchLabel')}
          >
            {t('lang.switch')}
          </a>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul>
            {NAV.map(([page, key]) => (
              <li key={page}>
                <a
                  href={pathFor(lang, page)}
                  aria-current={route.page === page ? 'page' : undefined}
                >
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <PageView route={route} />
      </main>
      <footer class="site-footer">
        <p>
          {t('footer.data')} <a href="/openapi.json">{t('footer.api')}</a>
        </p>
      </footer>
    </I18nContext.Provider>
  );
}
