/** The HTTP app: thin routes from specs, one error handler, the OpenAPI document, and the built
 * web app's static files. */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError, CodedError, type AppContext } from '../service/index.ts';
import { openApiDocument } from './openapi.ts';
import type { AnyRoute } from './route.ts';
import { routes as allRoutes } from './routes/index.ts';
import { singleQueryValues } from '../service/index.ts';
import { invokeRouteJson } from './invoke.ts';
import { loopbackOnly } from './loopback.ts';

const VERSION = '0.1.0';
/** Texts to read are capped at 1 MB of characters; the body may carry some JSON around them. */
const MAX_BODY_BYTES = 4_000_000;
/** What a 503 asks clients to wait: a database restart takes a few seconds. */
const RETRY_AFTER_SECONDS = 5;

/** Statuses for the codes whose layer does not give one (the store's, the file formats'). */
function statusOf(error: CodedError): 400 | 403 | 404 | 409 | 413 | 422 | 500 | 503 {
  if (error instanceof AppError) return error.status;
  if (error.code === 'store-query-failed') return 500;
  if (error.code === 'store-read-only') return 403;
  if (error.code.startsWith('store-')) return 503;
  return 400;
}

function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof CodedError) {
    const status = statusOf(error);
    if (status >= 500) console.error(error);
    const details = error instanceof AppError ? error.details : {};
    // The store out of reach (a database restart): clients may ask again shortly.
    const headers: Record<string, string> =
      status === 503 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {};
    return c.json(
      { error: { code: error.code, message: error.message, ...details } },
      status,
      headers,
    );
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
    if (route.loopbackOnly) app.on(route.method.toUpperCase(), route.path, loopbackOnly);
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      let body: unknown = undefined;
      if (route.body) {
        body = await c.req.json().catch(() => {
          throw new AppError(
            'invalid-body',
            400,
            'the request body is not valid JSON (send Content-Type: application/json)',
          );
        });
      }
      const query = singleQueryValues(c.req.queries());
      const json = await invokeRouteJson(route, ctx, { query, params: c.req.param(), body });
      return c.body(json, 200, { 'content-type': 'application/json' });
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
