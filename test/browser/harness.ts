/** Shared set-up of the browser tests and the screenshot script: Debian's Chromium driven by
 * playwright-core, and the real server (API + built web app) on a free loopback port with a
 * fresh data dir (empty, or a copy of the seeded one for the tests). */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe } from 'node:test';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { readConfig } from '../../src/config.ts';
import { runServer } from '../../src/server-main.ts';
import { ensureWebBuilt } from '../../src/web-build.ts';
import { seededDataDir } from '../helpers/seeded-data.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_MISSING = existsSync(CHROMIUM)
  ? false
  : 'Chromium not found: apt-get install -y chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserApp {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** With `seeded`, the server starts on a copy of the seeded data folder (bundled data loaded,
 * estimator fitted) rather than loading them itself. */
export async function startBrowserApp(options: { seeded?: boolean } = {}): Promise<BrowserApp> {
  await ensureWebBuilt(() => {});
  const dataDir = options.seeded
    ? await seededDataDir('fourchette-browser-')
    : mkdtempSync(join(tmpdir(), 'fourchette-browser-'));
  const server = await runServer(
    readConfig({ FOURCHETTE_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }),
    () => {},
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  return {
    url: server.url.replace(/\/$/, ''),
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let shared: Promise<BrowserApp> | undefined;

/** The one app of the browser suites of this process (test/browser/chromium.test.ts runs them
 * all): a server and a Chromium launch cost seconds each, so the suites share them, each page
 * opened and closed by its test. */
export function sharedBrowserApp(): Promise<BrowserApp> {
  shared ??= startBrowserApp({ seeded: true });
  return shared;
}

/** A suite of browser tests on the shared app, skipped (with the reason) without Chromium. */
export function describeInChromium(name: string, body: (app: () => BrowserApp) => void): void {
  describe(name, { skip: CHROMIUM_MISSING }, () => {
    let app: BrowserApp | undefined;
    before(async () => {
      app = await sharedBrowserApp();
    });
    body(() => {
      if (!app) throw new Error('the browser app did not start');
      return app;
    });
  });
}

export async function closeSharedBrowserApp(): Promise<void> {
  const app = shared;
  shared = undefined;
  // A start that failed has failed the suites already: nothing to close.
  await (await app?.catch(() => undefined))?.close();
}

/** Waits for the answer of an API route, however long it takes (the first estimate on a fresh
 * server waits for the model fit): the test's own timeout is the limit. */
export function apiResponse(page: Page, route: string): Promise<Response> {
  const response = page.waitForResponse((r) => new URL(r.url()).pathname === route, {
    timeout: 0,
  });
  response.catch(() => {}); // a failed test closes the page: not an unhandled rejection
  return response;
}

/** A page that records console errors, page errors and failed requests. With `waitFor`, the
 * wait for that API route's answer starts before the page loads (no race with a fast answer). */
export async function openPage(
  app: BrowserApp,
  path: string,
  viewport = { width: 1280, height: 900 },
  waitFor?: string,
): Promise<{
  page: Page;
  errors: string[];
  response?: Promise<Response>;
  /** Resolves once no request of the page is in flight (two looks 50 ms apart, so a request a
   * response starts is waited for too): what `networkidle` tells, without its 500 ms of quiet. */
  settled: () => Promise<void>;
}> {
  const page = await app.browser.newPage({ viewport });
  const response = waitFor ? apiResponse(page, waitFor) : undefined;
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  const settled = async () => {
    for (let quiet = 0; quiet < 2;) {
      await new Promise((done) => setTimeout(done, 50));
      quiet = inFlight === 0 ? quiet + 1 : 0;
    }
  };
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 500) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(`${app.url}${path}`);
  return { page, errors, ...(response ? { response } : {}), settled };
}

/** Runs axe-core in the page; returns every violation, whatever its impact. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the pages' Content-Security-Policy (script-src 'self')
  // rightly blocks inline scripts, and the tests check the pages under it.
  await page.evaluate(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
      'utf8',
    ),
  );
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown }[];
            }[];
          }>;
        };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return result.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} (${v.nodes
        .map((n) => JSON.stringify(n.target))
        .slice(0, 3)
        .join(', ')})`,
  );
}
