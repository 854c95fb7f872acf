/** Time from navigation to a page showing its data (its content selector visible), in Debian's
 * Chromium against the real server on loopback, warm (second visit of each page; the estimator
 * already fitted). Target: under 1 s. */
import { existsSync } from 'node:fs';
import { CHROMIUM, startBrowserApp } from '../test/browser/harness.ts';
import type { Benchmark } from './main.ts';

const PAGES: [name: string, path: string, ready: string][] = [
  ['home', '/fr/', 'table.panorama td strong'],
  ['explorer', '/fr/explorer?role=data-analyst', '#histogram svg rect.bin'],
  ['role guide', '/en/roles/ml-engineer', '#role-countries svg g.bar'],
  ['sources', '/en/sources?role=data-scientist&country=FR', 'table.observations tbody tr'],
  ['estimator', '/fr/estimator?role=data-scientist&country=FR', '#waterfall svg g.step'],
  ['freelance', '/fr/freelance?mode=tjm&tjm=550&days=210', '#freelance-results tbody tr'],
  ['compare', '/fr/compare?role=data-engineer', '#compare-chart svg g.bar'],
  [
    'read a text',
    '/en/read?text=ML%20engineer%20in%20Paris%2C%2060-70%20k%E2%82%AC%20gross%20a%20year.',
    '#read-text mark',
  ],
];

const bench: Benchmark = {
  name: 'web pages: navigation to data shown (Chromium, loopback)',
  async run() {
    if (!existsSync(CHROMIUM))
      return [`skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`];
    const app = await startBrowserApp();
    const lines: string[] = [];
    try {
      const page = await app.browser.newPage();
      for (const [, path, ready] of PAGES) {
        await page.goto(`${app.url}${path}`);
        await page.waitForSelector(ready, { timeout: 120_000 });
      }
      for (const [name, path, ready] of PAGES) {
        const times: number[] = [];
        for (let i = 0; i < 3; i += 1) {
          const t = performance.now();
          await page.goto(`${app.url}${path}`);
          await page.waitForSelector(ready);
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        lines.push(
          `${name.padEnd(12)} median of 3: ${(times[1] as number).toFixed(0)} ms (target < 1000 ms)`,
        );
      }
    } finally {
      await app.close();
    }
    return lines;
  },
};
export default bench;
