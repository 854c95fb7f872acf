/** The built web app (dist/web): files by @hono/node-server's serveStatic (MIME types, ranges,
 * HEAD, no path escapes), every other page path answered with index.html (the app routes in the
 * browser). Hashed files under assets/ are cached for good, the rest revalidated. index.html,
 * the page every visit starts with, is answered from memory (read once it exists): serveStatic
 * opens, stats and streams the file on every request. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';

const BUILDING_PAGE =
  '<!doctype html><html lang="fr"><meta charset="utf-8"><meta http-equiv="refresh" content="3"><title>Fourchette</title><p>Fourchette prépare l’application web… / The web app is being built…</p></html>';

export function serveWebApp(app: Hono, webDir: string): void {
  // The build may still be running at start-up: index.html is read once it exists.
  let index: string | undefined;
  const page = (c: Context) => {
    const file = join(webDir, 'index.html');
    index ??= existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (!index)
      return c.html(BUILDING_PAGE, 503, { 'retry-after': '3', 'cache-control': 'no-store' });
    return c.html(index, 200, { 'cache-control': 'no-cache' });
  };
  app.get('/', page);
  app.get('/index.html', page);
  const files = serveStatic({ root: webDir });
  app.use('*', (c, next) => {
    // Set before serveStatic answers (its onFound runs once the response is made).
    c.header(
      'cache-control',
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    return files(c, next);
  });
  app.get('*', page);
}
