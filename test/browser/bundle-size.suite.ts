/** The home page's first load stays within 200 KB of JavaScript gzipped: the entry script and
 * every chunk index.html preloads (pages other than home are split off and load on demand). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../../src/server-main.ts';
import { ensureWebBuilt } from '../../src/web-build.ts';

const BUDGET_BYTES = 200 * 1024;

describe('web bundle size', () => {
  it('keeps the home page first load under 200 KB of gzipped JavaScript', async () => {
    await ensureWebBuilt(() => {});
    const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    const scripts = [
      ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
    ].map((m) => m[1] as string);
    assert.ok(scripts.length >= 1, 'index.html loads an entry script');
    let total = 0;
    for (const src of scripts) total += gzipSync(readFileSync(join(WEB_DIST, src))).length;
    console.log(
      `home first load: ${scripts.length} script(s), ${(total / 1024).toFixed(1)} KB gzipped (budget 200 KB)`,
    );
    assert.ok(total <= BUDGET_BYTES, `${total} bytes gzipped exceeds the 200 KB budget`);
  });
});
