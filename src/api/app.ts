/** The HTTP app: thin routes from specs, one error handler, the OpenAPI document, and the built
 * web app's static files. */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError, CodedError, type AppContext } from '../service/index.ts';
import { openApiDocument } from './openapi.ts';
import type { AnyRoute } from './route.ts';
import { routes as allRoutes } from './routes/index.ts';
import { openContributionLimiter, singleQueryValues, type RateLimiter } from '../service/index.ts';
import { invokeRouteJson } from './invoke.ts';
import { loopbackOnly } from './loopback.ts';
import { serveWebApp } from './static.ts';
import { applySecurity } from './security.ts';
import { readJsonBody } from './request-body.ts';
import { clientAddress } from './client-address.ts';
import { clipDetails, clipMessage } from './error-echo.ts';

const VERSION = '0.1.0';
/** Texts to read are capped at 1 MB of characters; the body may carry some JSON around them. */
const MAX_BODY_BYTES = 4_000_000;
/** What a 503 asks clients to wait: a database restart takes a few seconds. */
const RETRY_AFTER_SECONDS = 5;

/** Statuses for the codes whose layer does not give one (the store's, the file formats'). */
function statusOf(error: CodedError): AppError['status'] {
  if (error instanceof AppError) return error.status;
  if (error.code === 'rate-limiter-unavailable') return 503;
  if (error.code === 'store-read-only') return 403;
  if (error.code === 'store-query-failed') return 500;
  if (error.code.startsWith('store-')) return 503;
  return 400;
}

function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof CodedError) {
    const status = statusOf(error);
    if (status >= 500) console.error(error);
    const { retryAfter, ...details } = error instanceof AppError ? error.details : {};
    // The store out of reach (a database restart): clients may ask again shortly.
    const headers: Record<string, string> =
      status === 503 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {};
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    // A 503's details (database host, user, name) go to the server log, never to the client.
    const message =
      status === 503
        ? `${error.code === 'rate-limiter-unavailable' ? 'contributions are paused' : 'the store is unavailable'}: try again shortly (details in the server log)`
        : clipMessage(error.message);
    return c.json(
      { error: { code: error.code, message, ...clipDetails(details) } },
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
  const limitBody = bodyLimit({
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
  });
  // GET and HEAD carry no body: asking a request for its body makes @hono/node-server build a
  // whole fetch Request (headers, abort signal), a measurable share of a cached answer.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );

  for (const route of routes) {
    if (route.loopbackOnly) app.on(route.method.toUpperCase(), route.path, loopbackOnly);
    app.on(route.method.toUpperCase(), route.path, async (c) => {
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
      const body = route.body ? await readJsonBody(c) : undefined;
      const query = singleQueryValues(c.req.queries());
      const { json, status } = await invokeRouteJson(route, ctx, {
        query,
        params: c.req.param(),
        body,
        request,
      });
      return c.body(json, status, { 'content-type': 'application/json' });
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

  if (options.webDir) serveWebApp(app, options.webDir);
  return app;
}
