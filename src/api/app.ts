/** The HTTP app: thin routes from specs, one error handler, the OpenAPI document, and the built
 * web app's static files. */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError, type AppContext } from '../service/index.ts';
import { StoreError } from '../store/index.ts';
import { openApiDocument } from './openapi.ts';
import type { AnyRoute } from './route.ts';
import { routes as allRoutes } from './routes/index.ts';
import { parseInput, singleQueryValues } from '../service/index.ts';

const VERSION = '0.1.0';
/** Texts to read are capped at 1 MB of characters; the body may carry some JSON around them. */
const MAX_BODY_BYTES = 4_000_000;
/** What a 503 asks clients to wait: a database restart takes a few seconds. */
const RETRY_AFTER_SECONDS = 5;

function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof AppError) {
    return c.json(
      { error: { code: error.code, message: error.message, ...error.details } },
      error.status,
    );
  }
  if (error instanceof StoreError) {
    if (error.code === 'store-read-only')
      return c.json({ error: { code: error.code, message: error.message } }, 403);
    console.error(error);
    if (error.code === 'store-query-failed')
      return c.json({ error: { code: error.code, message: error.message } }, 500);
    // The store is out of reach (a database restart): clients may ask again shortly.
    return c.json({ error: { code: error.code, message: error.message } }, 503, {
      'retry-after': String(RETRY_AFTER_SECONDS),
    });
  }
  console.error(error);
  return c.json(
    { error: { code: 'internal', message: 'unexpected server error (see the server log)' } },
    500,
  );
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function createApp(
  ctx: AppContext,
  options: { routes?: readonly AnyRoute[]; webDir?: string } = {},
): Hono {
  const routes = options.routes ?? allRoutes;
  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error));
  const document = openApiDocument(routes, VERSION);
  app.get('/openapi.json', (c) => c.json(document));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(
          {
            error: {
              code: 'body-too-large',
              message: `the request body is over ${MAX_BODY_BYTES / 1_000_000} MB (send a shorter text)`,
            },
          },
          413,
        ),
    }),
  );

  for (const route of routes) {
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      const query = route.query
        ? parseInput(route.query, singleQueryValues(c.req.queries()), 'query')
        : {};
      const params = route.params ? parseInput(route.params, c.req.param(), 'path') : {};
      let body: unknown = undefined;
      if (route.body) {
        const raw = await c.req.json().catch(() => {
          throw new AppError(
            'invalid-body',
            400,
            'the request body is not valid JSON (send Content-Type: application/json)',
          );
        });
        body = parseInput(route.body, raw as Record<string, unknown>, 'body');
      }
      if (route.cached) {
        // Keyed by the parsed (normalized) input: equivalent queries share one answer.
        const key = `${route.method} ${route.path} ${JSON.stringify([query, params])}`;
        const json = await ctx.store.memo(key, async () =>
          JSON.stringify(await route.handler({ query, params, body }, ctx)),
        );
        return c.body(json, 200, { 'content-type': 'application/json' });
      }
      return c.json(await route.handler({ query, params, body }, ctx));
    });
  }

  app.all('/api/*', (c) =>
    c.json(
      {
        error: {
          code: 'not-found',
          message: `no API route ${c.req.method} ${c.req.path} (see /openapi.json)`,
        },
      },
      404,
    ),
  );

  const webDir = options.webDir;
  if (webDir) {
    // The build may still be running at start-up: index.html is read once it exists.
    let index: string | undefined;
    app.get('*', (c) => {
      const page = (index ??= existsSync(join(webDir, 'index.html'))
        ? readFileSync(join(webDir, 'index.html'), 'utf8')
        : undefined);
      if (!page) {
        return c.html(
          '<!doctype html><html lang="fr"><meta charset="utf-8"><meta http-equiv="refresh" content="3"><title>Fourchette</title><p>Fourchette prépare l’application web… / The web app is being built…</p></html>',
          503,
          { 'retry-after': '3' },
        );
      }
      const path = normalize(c.req.path).replace(/^(\.\.[/\\])+/, '');
      const file = join(webDir, path);
      if (path !== '/' && file.startsWith(webDir) && existsSync(file) && extname(file)) {
        const cache = path.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache';
        return c.body(readFileSync(file), 200, {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          'cache-control': cache,
        });
      }
      return c.html(page, 200, { 'cache-control': 'no-cache' });
    });
  }
  return app;
}
