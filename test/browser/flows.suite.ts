/** User flows in Chromium: switching language keeps the state, an explorer filter changes the
 * chart and the URL, the home search leads to a role guide, the CSV export holds the table. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { apiResponse, openPage, describeInChromium } from './harness.ts';

/** Polls a condition from the test process (the page's DOM types stay out of the node build). */
async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describeInChromium('web flows in Chromium', (app) => {
  it('switches from French to English on the same page with the same filters', async () => {
    const { page, errors } = await openPage(app(), '/fr/explorer?role=data-engineer&level=senior');
    try {
      await page.waitForSelector('#histogram svg rect.bin');
      assert.match(await page.locator('h1').innerText(), /Explorer les salaires/);
      assert.match(await page.locator('.summary').innerText(), /\d \d{3} €|\d\u202f\d{3}\u00a0€/);
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await page.waitForURL('**/en/explorer?role=data-engineer&level=senior');
      await page.waitForSelector('text=Explore salaries');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.match(await page.locator('.summary').innerText(), /€\d{2,3},\d{3} gross per year/);
      assert.equal(await page.locator('#f-role').inputValue(), 'data-engineer');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('redraws the distribution chart and rewrites the URL when a filter changes', async () => {
    const { page, errors } = await openPage(app(), '/en/explorer?role=data-analyst');
    try {
      await page.waitForSelector('#histogram svg rect.bin');
      /** The histogram's bars as "from-to:count", the figures the chart is drawn from. */
      const bars = () =>
        page
          .locator('#histogram svg rect.bin')
          .evaluateAll((rects) =>
            rects.map(
              (r) =>
                `${r.getAttribute('data-from')}-${r.getAttribute('data-to')}:${r.getAttribute('data-count')}`,
            ),
          );
      const total = async () => (await bars()).reduce((sum, b) => sum + Number(b.split(':')[1]), 0);
      const before = await bars();
      const countBefore = await total();
      assert.ok(before.length >= 5, `a histogram with bars (got ${before.length})`);
      await page.selectOption('#f-role', 'ml-engineer');
      await page.waitForURL(/role=ml-engineer/);
      await until(async () => {
        const now = await bars();
        return now.length > 0 && now.join() !== before.join();
      });
      const countMl = await total();
      assert.notEqual(countMl, countBefore, 'another role, another number of observations');
      await page.selectOption('#f-level', 'senior');
      await page.waitForURL(/level=senior/);
      await until(async () => (await total()) < countMl);
      assert.equal(await page.locator('#by-group svg g.row').count(), 2);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('exports the shown percentile table as CSV', async () => {
    const { page } = await openPage(app(), '/en/explorer?role=data-scientist&groupBy=remote');
    try {
      await page.waitForSelector('#histogram svg rect.bin');
      const href = await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href');
      const csv = decodeURIComponent((href ?? '').replace(/^data:text\/csv;charset=utf-8,/, ''));
      const lines = csv.trim().split('\r\n');
      assert.equal(
        lines[0],
        'group,count,sources,status,p10,p25,p50,p75,p90,currency,period,basis,filter',
      );
      assert.equal(
        lines.length,
        1 + 1 + 3,
        'a header, the whole group, and one line per remote mode',
      );
      assert.match(lines[2] ?? '', /^On site,\d+,1,/);
    } finally {
      await page.close();
    }
  });

  it('goes from the home search to the role guide', async () => {
    const { page, errors } = await openPage(app(), '/fr/');
    try {
      await page.getByLabel('Quel salaire pour…').fill('ingénieur ml');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/fr/roles/ml-engineer');
      await page.waitForSelector('section[aria-labelledby="by-level"] svg rect');
      assert.match(await page.locator('h1').innerText(), /Ingénieur machine learning/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('follows a panorama cell to the explorer with the keyboard alone', async () => {
    const { page } = await openPage(app(), '/en/');
    try {
      await page.waitForSelector('table.panorama td strong');
      const cell = page.locator('table.panorama tbody tr').first().locator('td a').nth(1);
      await cell.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/en\/explorer\?role=data-scientist&level=\w+/);
      await page.waitForSelector('#histogram svg rect.bin');
    } finally {
      await page.close();
    }
  });

  it('turns a profile into a range, a factor waterfall and a confidence, kept in the URL', async () => {
    const { page, errors } = await openPage(app(), '/fr/estimator');
    try {
      // Hold the answer until the page has said it is computing: on a fresh server the first
      // estimate waits for the model fit, and the reader must see that something is under way.
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route(
        (url) => url.pathname === '/api/estimate',
        async (route) => {
          await held;
          await route.continue();
        },
      );
      const response = apiResponse(page, '/api/estimate');
      await page.selectOption('#f-role', 'ml-engineer');
      await page.selectOption('#f-level', 'senior');
      await page.selectOption('#f-country', 'FR');
      await page.getByRole('button', { name: 'Estimer' }).click();
      await page.waitForURL(/\/fr\/estimator\?role=ml-engineer&level=senior&country=FR/);
      await page.waitForSelector('#estimate-loading');
      assert.match(await page.locator('#estimate-loading').innerText(), /Calcul en cours/);
      release();
      assert.equal((await response).status(), 200);
      await page.waitForSelector('#waterfall svg g.step');
      assert.equal(await page.locator('#estimate-loading').count(), 0);
      assert.match(
        await page.locator('#estimate-range').innerText(),
        /^\d{2,3}\s\d{3}\s€ – \d{2,3}\s\d{3}\s€$/,
      );
      assert.match(
        await page.locator('.result').innerText(),
        /Confiance : (élevée|moyenne|faible)/,
      );
      const steps = await page.locator('#waterfall svg g.step').count();
      assert.ok(steps >= 3, `a base, at least one factor and the median (got ${steps} bars)`);
      const waterfall = await page.locator('#waterfall svg').innerHTML();
      assert.match(waterfall, /Niveau : Senior/);
      assert.match(waterfall, /Base : France, tous métiers et niveaux/);
      assert.doesNotMatch(waterfall, /ml-engineer|level: /);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('highlights the salary figures of a pasted job ad with their yearly values', async () => {
    const ad =
      'Senior data engineer (F/M) in Paris, hybrid.\nSalary: €60,000 to €70,000 gross per year.\nFreelancers: 600 € per day.';
    const { page, errors } = await openPage(app(), '/en/read');
    try {
      await page.getByLabel('Text to read').fill(ad);
      await page.getByRole('button', { name: 'Read' }).click();
      await page.waitForSelector('#read-text mark');
      const marks = await page.locator('#read-text mark').allInnerTexts();
      assert.ok(
        marks.some((m) => /60,000/.test(m)),
        `the salary range is highlighted (marks: ${marks.join(' | ')})`,
      );
      assert.ok(
        marks.some((m) => /600/.test(m)),
        'the day rate is highlighted',
      );
      assert.match(await page.locator('ul.facts').innerText(), /per year/);
      assert.match(page.url(), /\/en\/read\?text=Senior/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
