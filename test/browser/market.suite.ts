/** The market page in Chromium on the bundled data (no feed: the aijobs.net records), French on
 * a desktop and English on a 390 px phone: charts, counts and sources, the articles' published
 * figures, no horizontal scroll, no console error, no serious axe violation. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { axeViolations, openPage, describeInChromium } from './harness.ts';

describeInChromium('market page in Chromium', (app) => {
  it('shows the French market of the bundled records with charts, counts, sources and published figures', async () => {
    const { page, errors, settled } = await openPage(app(), '/fr/market?country=US&year=2025');
    try {
      await page.waitForSelector('#market-remote svg g.bar', { timeout: 15_000 });
      await page.waitForSelector('.published li', { timeout: 15_000 });
      await settled();
      const main = await page.locator('main').innerText();
      assert.match(main, /relevés de salaires des jeux de données fournis \(aijobs-salaries\)/);
      assert.match(main, /Télétravail complet\s+\d+,\d %/);
      assert.match(main, /n = [\d\s  ]+ relevés ; source : aijobs-salaries/);
      assert.match(main, /environ 25 % des postes : télétravail complet ou hybride/);
      assert.match(main, /San Francisco, New York, Boston/);
      assert.match(main, /environ 250 offres d’emploi \(2025-10\)/);
      assert.doesNotMatch(main, /\bfull remote\b|\bpostings\b/i, 'no English in the French page');
      const nav = page.locator('nav a[aria-current="page"]');
      assert.equal(await nav.innerText(), 'Marché');
      assert.deepEqual(errors, []);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await page.close();
    }
  });

  it('fits a 390 px phone in English, and the filters rewrite the link', async () => {
    const { page, errors, settled } = await openPage(app(), '/en/market', {
      width: 390,
      height: 844,
    });
    try {
      await page.waitForSelector('#market-places svg g.bar', { timeout: 15_000 });
      await settled();
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      assert.equal(overflow, 0, 'no horizontal scroll at 390 px');
      assert.match(await page.locator('main').innerText(), /Hubs: places ranked by postings/);
      await page.selectOption('#f-country', 'FR');
      await page.click('form.form-grid button[type="submit"]');
      await page.waitForURL(/\/en\/market\?country=FR$/);
      await page.waitForFunction(
        "/France/.test(document.querySelector('#market-places')?.textContent ?? '')",
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await page.close();
    }
  });
});
