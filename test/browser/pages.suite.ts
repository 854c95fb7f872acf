/** Every page loads with real data in Chromium, without console errors, and passes axe (no
 * serious or critical violation), in French and in English. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { axeViolations, openPage, describeInChromium } from './harness.ts';

const PAGES: readonly {
  name: string;
  path: string;
  ready: string;
  text: RegExp;
  /** An API route whose answer may take long (the estimator's first fit): waited for first. */
  api?: string;
}[] = [
  { name: 'home', path: '/fr/', ready: 'table.panorama td strong', text: /Data scientist/ },
  {
    name: 'explorer',
    path: '/fr/explorer?role=data-analyst',
    ready: '#histogram svg rect.bin',
    text: /Distribution des salaires[^]*Percentiles/,
  },
  {
    name: 'role guide',
    path: '/en/roles/ml-engineer',
    ready: '#role-countries svg g.bar',
    text: /Pay by seniority[^]*Purchasing-power parity/,
  },
  {
    name: 'French role guide',
    path: '/fr/roles/ai-project-manager',
    ready: 'section[aria-labelledby="by-level"] svg',
    text: /700\s€[^]*900\s€[^]*par jour[^]*M1802[^]*M1853/,
  },
  {
    name: 'sources',
    path: '/en/sources?role=data-scientist&country=FR',
    ready: 'table.observations tbody tr',
    text: /CC0-1\.0/,
  },
  {
    name: 'estimator',
    path: '/fr/estimator?role=data-scientist&country=FR',
    ready: '#waterfall svg g.step',
    text: /Confiance/,
    api: '/api/estimate',
  },
  {
    name: 'freelance',
    path: '/fr/freelance?mode=tjm&tjm=550&days=210',
    ready: '#freelance-results tbody tr',
    text: /Salaire brut équivalent[^]*plafond de chiffre d’affaires de la micro-entreprise/,
  },
  {
    name: 'compare',
    path: '/fr/compare?role=data-engineer',
    ready: '#compare-chart svg g.bar',
    text: /Parité de pouvoir d’achat/,
  },
  {
    name: 'contribute',
    path: '/fr/contribute',
    ready: '#contribution-form button[type=submit]',
    text: /Ajouter votre salaire, anonymement/,
  },
  {
    name: 'read a text',
    path: '/en/read?text=ML%20engineer%20in%20Paris%2C%2060-70%20k%E2%82%AC%20gross%20a%20year.',
    ready: '#read-text mark',
    text: /Salaries found/,
  },
];

/** Words of the server's English notes and trace descriptions. */
const ENGLISH =
  /\b(converted|fitted|backs off|revenue|above the|rules of|billable|a year|income tax|per international|each observation)\b/i;

describeInChromium('web pages in Chromium', (app) => {
  for (const p of PAGES) {
    it(`shows the ${p.name} page with real data, no console error and no axe violation`, async () => {
      const { page, errors, response, settled } = await openPage(app(), p.path, undefined, p.api);
      try {
        await response;
        await page.waitForSelector(p.ready, { timeout: 10_000 });
        await settled();
        assert.match(await page.locator('main').innerText(), p.text);
        if (p.path.startsWith('/fr/')) {
          // Unfold every provenance block (not the server's own English detail) and read it.
          await page
            .locator('main details:not(.server-detail)')
            .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
          const shown = await page.locator('main').innerText();
          assert.doesNotMatch(shown, ENGLISH, 'no server English inside the French page');
          assert.equal(await page.locator('.server-detail').count(), 0, 'no English detail block');
        }
        assert.deepEqual(errors, []);
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await page.close();
      }
    });
  }

  it('serves a deep link such as /en/roles/data-scientist directly (client-side routing)', async () => {
    const response = await fetch(`${app().url}/en/roles/data-scientist`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<div id="app">/);
  });
});
