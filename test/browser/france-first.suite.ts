/** Issue 13 in Chromium: the salary → TJM form takes 60 000, the explorer opens on France, the
 * home page fits a 390 px phone, and thin panorama cells show a modelled figure. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { apiResponse, openPage, describeInChromium } from './harness.ts';

describeInChromium('France first in Chromium', (app) => {
  it('accepts 60 000 and 55 000 in the salary → day rate form', async () => {
    const { page, errors } = await openPage(app(), '/fr/freelance?mode=salary');
    try {
      const input = page.locator('input[name="salary"]');
      await input.waitFor();
      for (const value of ['60000', '55000']) {
        await input.fill(value);
        assert.equal(
          await input.evaluate(
            (e) => (e as unknown as { validity: { valid: boolean } }).validity.valid,
          ),
          true,
          value,
        );
      }
      const answer = apiResponse(page, '/api/freelance');
      await page.locator('form button[type="submit"]').first().click();
      await page.waitForURL(/salary=55000/);
      assert.equal((await answer).status(), 200);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('opens the explorer on France unless the URL says otherwise', async () => {
    const { page, errors, response } = await openPage(
      app(),
      '/fr/explorer',
      undefined,
      '/api/stats',
    );
    try {
      const stats = await response;
      assert.equal(new URL(stats?.url() ?? '').searchParams.get('country'), 'FR');
      assert.equal(await page.locator('select[name="country"]').inputValue(), 'FR');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
    const all = await openPage(app(), '/fr/explorer?country=all', undefined, '/api/stats');
    try {
      const stats = await all.response;
      assert.equal(new URL(stats?.url() ?? '').searchParams.get('country'), null);
    } finally {
      await all.page.close();
    }
  });

  it('offers the wider French figures when a city has too few, and shows them on a click', async () => {
    const { page, errors } = await openPage(app(), '/fr/explorer?role=data-scientist&city=Paris');
    try {
      const link = page.locator('a.wider');
      await link.waitFor();
      assert.match(
        (await link.textContent()) ?? '',
        /^Élargir : sans ville \(\d[\d\s\u202f]* observations\)$/,
      );
      const stats = apiResponse(page, '/api/stats');
      await link.click();
      await page.waitForURL((url) => !url.searchParams.has('city'));
      assert.equal((await stats).status(), 200);
      await page.locator('p.summary', { hasText: 'médiane' }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('names the sources in French on French pages and in English on English ones', async () => {
    for (const [path, title] of [
      ['/fr/sources', 'Salaires IA, ML et data (dernier instantané)'],
      ['/en/sources', 'AI, ML & Data Salaries (final snapshot)'],
    ] as const) {
      const { page, errors } = await openPage(app(), path);
      try {
        await page.locator('#source-aijobs-salaries h2', { hasText: title }).waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    }
  });

  it('fits the home page, its panorama included, on a 390 px phone', async () => {
    const { page, errors } = await openPage(app(), '/fr/', { width: 390, height: 844 });
    try {
      await page.waitForSelector('table.panorama tbody tr');
      const widths = await page.evaluate(() => {
        const root = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } };
          }
        ).document.documentElement;
        return [root.scrollWidth, root.clientWidth];
      });
      assert.ok(
        widths[0]! <= widths[1]!,
        `page is ${widths[0]} px wide in a ${widths[1]} px screen`,
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('shows thin panorama cells as modelled figures, said in words', async () => {
    const { page } = await openPage(app(), '/en/');
    try {
      // The estimator may still be fitting on a fresh server: reload until it is ready.
      for (let i = 0; i < 60 && (await page.locator('td.modelled').count()) === 0; i++) {
        await page.waitForTimeout(1000);
        await page.reload();
        await page.waitForSelector('table.panorama tbody tr');
      }
      const cell = page.locator('td.modelled').first();
      assert.match(await cell.innerText(), /≈/);
      assert.match(await cell.innerText(), /modelled|est\./);
    } finally {
      await page.close();
    }
  });
});
