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
import {
  openContributionLimiter,
  parseInput,
  singleQueryValues,
  type RateLimiter,
} from '../service/index.ts';
import { applySecurity } from './security.ts';
import { readJsonBody } from './request-body.ts';
import { clientAddress } from './client-address.ts';
import { clipDetails, clipMessage } from './error-echo.ts';

const VERSION = '0.1.0';
/** Texts to read are capped at 1 MB of characters; the body may carry some JSON around them. */
const MAX_BODY_BYTES = 4_000_000;

function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof AppError) {
    const { retryAfter, ...details } = error.details;
    if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
    return c.json(
      { error: { code: error.code, message: clipMessage(error.message), ...clipDetails(details) } },
      error.status,
    );
  }
  if (error instanceof StoreError) {
    // The details (database host, user, name) go to the server log, never to the client.
    console.error(error);
    const failed = error.code === 'store-query-failed';
    return c.json(
      {
        error: {
          code: error.code,
          message: failed
            ? 'a store query failed (see the server log)'
            : 'the store is unavailable; try again shortly (see the server log)',
        },
      },
      failed ? 500 : 503,
      failed ? {} : { 'Retry-After': '5' },
    );
  }
  if (error instanceof Error && 'code' in error && error.code === 'rate-limiter-unavailable') {
    console.error(error);
    return c.json(
      {
        error: {
          code: 'rate-limiter-unavailable',
          message:
            'contributions are paused: the rate-limit counters are unavailable; try again shortly',
        },
      },
      503,
      { 'Retry-After': '5' },
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

/** The contributions limiter of an app built without one: counters in memory. */
function memoryLimiter(ctx: AppContext): Promise<RateLimiter> {
  return openContributionLimiter({ ...ctx.config, redisUrl: null });
}

export function createApp(
  ctx: AppContext,
  options: {
    routes?: readonly AnyRoute[];
    webDir?: string;
    /** Counts contributions per client (memory by default; see openContributionLimiter). */
    limiter?: RateLimiter;
  } = {},
): Hono {
  const routes = options.routes ?? allRoutes;
  const limiter = options.limiter ? Promise.resolve(options.limiter) : memoryLimiter(ctx);
  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error));
  applySecurity(app);
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
      const request = {
        client: clientAddress(c, ctx.config.trustProxy),
        authorization: c.req.header('authorization') ?? null,
      };
      if (route.rateLimited) {
        const decision = await (await limiter).consume(request.client);
        if (!decision.allowed)
          throw new AppError(
            'too-many-requests',
            429,
            `at most ${ctx.config.contributionsPerHour} contributions an hour from one address: try again in ${decision.retryAfterSeconds} s`,
            { retryAfter: decision.retryAfterSeconds },
          );
      }
      let body: unknown = undefined;
      if (route.body) {
        const raw = await readJsonBody(c);
        body = route.checksBody
          ? raw
          : parseInput(route.body, raw as Record<string, unknown>, 'body');
      }
      const result = await route.handler({ query, params, body, request }, ctx);
      return c.json(result, route.status?.(result) ?? 200);
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
