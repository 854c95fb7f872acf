/** The contribution form in Chromium: from the estimator's link, every wrong field named in the
 * page's language, then the answer with its delete token, and erasure; at 390 px as well. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openPage, describeInChromium } from './harness.ts';

describeInChromium('contribution form in Chromium', (app) => {
  it('is linked from the estimator and names every field to fix, in French', async () => {
    const { page, errors } = await openPage(app(), '/fr/estimator');
    await page.click('#contribute-link');
    await page.waitForSelector('#contribution-form');
    assert.match(page.url(), /\/fr\/contribute$/);
    await page.fill('#f-year', '');
    await page.click('#contribution-form button[type=submit]');
    const summary = await page.textContent('#contribution-errors');
    assert.match(summary ?? '', /Choisissez un métier/);
    assert.match(summary ?? '', /Choisissez un niveau/);
    assert.match(summary ?? '', /Montant : un nombre positif/);
    assert.match(summary ?? '', /Année : de 1999/);
    assert.equal(await page.getAttribute('#f-amount', 'aria-invalid'), 'true');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the server’s refusals by field in English, then stores and erases', async () => {
    const { page, errors } = await openPage(app(), '/en/contribute');
    await page.waitForSelector('#contribution-form');
    // A title that is not a data or AI job: only the server can tell.
    await page.fill('#f-title', 'Boulanger');
    await page.selectOption('#f-level', 'senior');
    await page.fill('#f-amount', '52000');
    await page.click('#contribution-form button[type=submit]');
    await page.waitForSelector('#contribution-errors');
    assert.match((await page.textContent('#contribution-errors')) ?? '', /Type the title of a data or AI job/);
    await page.fill('#f-title', '');
    await page.selectOption('#f-role', 'data-engineer');
    await page.click('#contribution-form button[type=submit]');
    await page.waitForSelector('#contribution-answer');
    assert.match((await page.textContent('#contribution-answer')) ?? '', /Thank you[^]*next publication/);
    assert.equal(((await page.textContent('#delete-token')) ?? '').length, 43);
    await page.click('#contribution-answer button');
    await page.waitForSelector('text=Your contribution is erased, everywhere.');
    // The one refusal was the expected 400 (the browser logs it).
    assert.deepEqual(errors, ['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  }); // prettier-ignore

  it('fits a 390 px phone without sideways scrolling', async () => {
    const { page, errors } = await openPage(app(), '/fr/contribute', { width: 390, height: 844 });
    await page.waitForSelector('#contribution-form');
    await page.click('#contribution-form button[type=submit]');
    await page.waitForSelector('#contribution-errors');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
    assert.deepEqual(errors, []);
    await page.close();
  }); // prettier-ignore
});
