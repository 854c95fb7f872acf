/** Screenshots of every page in French and English, into docs/screenshots/ (PNG), with the same
 * Chromium as the browser tests: `node --import tsx scripts/screenshots.ts [name…]` (names given:
 * only the shots whose name contains one of them). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_MISSING, openPage, startBrowserApp } from '../test/browser/harness.ts';

/** A made-up job ad (not copied from any source). */
const AD =
  'Data scientist confirmé (H/F) – Lyon, hybride.\nRémunération : 48 000 à 55 000 € brut annuel selon profil, plus une prime de 5 %.\nMission freelance possible à 550 € par jour.';

export const SHOTS: readonly {
  name: string;
  path: string;
  ready: string;
  /** Details to unfold so the picture shows where the figures come from. */
  open?: string;
  /** An API route whose answer may take long (the estimator's first fit). */
  api?: string;
  /** A button to click first (e.g. to show a form's errors), then what to wait for. */
  click?: { selector: string; then: string };
  viewport?: { width: number; height: number };
}[] = [
  { name: 'home', path: '/', ready: 'table.panorama td.modelled' },
  {
    name: 'home-phone',
    path: '/',
    ready: 'table.panorama td.modelled',
    viewport: { width: 390, height: 844 },
  },
  {
    name: 'role-guide',
    path: '/roles/ai-project-manager',
    ready: 'section[aria-labelledby="by-level"] svg',
  },
  {
    name: 'explorer',
    path: '/explorer?role=ml-engineer',
    ready: '#histogram svg rect.bin',
    open: 'main > details.provenance',
  },
  {
    name: 'estimator',
    path: '/estimator?role=ml-engineer&level=senior&country=FR',
    ready: '#waterfall svg',
    open: '.result details.provenance',
    api: '/api/estimate',
  },
  {
    name: 'freelance',
    path: '/freelance?mode=tjm&tjm=550&days=210',
    ready: '#freelance-results tbody tr',
    open: '#freelance-results tbody tr:nth-child(2) details.trace',
  },
  {
    name: 'compare',
    path: '/compare?role=data-scientist&level=senior&view=ppp',
    ready: '#compare-chart svg',
    open: '#compare-chart ~ .table-scroll tbody tr:first-child details.trace',
  },
  { name: 'sources', path: '/sources?role=data-scientist&country=FR', ready: 'table.observations' },
  {
    name: 'read',
    path: `/read?text=${encodeURIComponent(AD)}`,
    ready: '#read-text mark',
  },
  ...(['contribute', 'contribute-phone'] as const).map((name) => ({
    name,
    path: '/contribute',
    ready: '#contribution-form button[type=submit]',
    // The empty form sent once: the messages of the fields to fix.
    click: { selector: '#contribution-form button[type=submit]', then: '#contribution-errors' },
    ...(name === 'contribute-phone' ? { viewport: { width: 390, height: 844 } } : {}),
  })),
  { name: 'market', path: '/market', ready: '#market-places svg g.bar', open: 'main details' },
  {
    name: 'market-phone',
    path: '/market',
    ready: '#market-places svg g.bar',
    viewport: { width: 390, height: 844 },
  },
];

/** `scripts/screenshots.ts contribute home`: only the shots whose name starts with one. */
const only = process.argv.slice(2);

if (CHROMIUM_MISSING) {
  console.error(CHROMIUM_MISSING);
  process.exit(2);
}
const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const app = await startBrowserApp();
try {
  // Thin cells show modelled figures once the estimator is fitted: wait for it (an estimate
  // answers after the fit).
  await fetch(`${app.url}/api/estimate?role=ml-engineer&country=FR`);
  for (const lang of ['fr', 'en']) {
    for (const shot of SHOTS) {
      if (only.length && !only.some((o) => shot.name.startsWith(o))) continue;
      const { page, errors, response } = await openPage(
        app,
        `/${lang}${shot.path}`,
        shot.viewport ?? { width: 1280, height: 900 },
        shot.api,
      );
      await response;
      await page.waitForSelector(shot.ready, { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      if (shot.click) {
        await page.click(shot.click.selector);
        await page.waitForSelector(shot.click.then);
      }
      if (shot.open) {
        await page
          .locator(shot.open)
          .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      }
      const file = join(out, `${shot.name}-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}${errors.length ? `  (errors: ${errors.join('; ')})` : ''}`);
      await page.close();
    }
  }
} finally {
  await app.close();
}
