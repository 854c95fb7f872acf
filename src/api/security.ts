/** Security middleware: headers on every response (Content-Security-Policy for the pages,
 * nosniff, Referrer-Policy, frame-ancestors) with Hono's secure-headers, and an explicit CORS
 * policy: the read API is open to any origin (open data, no credentials); writes and the admin
 * API are same-origin only (no CORS headers for them: a browser on another site cannot send
 * them).
 *
 * The headers are the same on every response, so secure-headers computes them once (on a probe
 * app) and each request only prepares them before its handler answers. Set on the finished
 * response instead (as secure-headers and cors do), they make @hono/node-server turn its light
 * response into a full fetch Response, which cost more than a cached statistic itself. */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Charts (Observable Plot) put a <style> element in their SVG.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const READ_CORS = {
  origin: '*',
  allowMethods: ['GET', 'HEAD'],
  allowHeaders: ['Accept', 'Accept-Language'],
  exposeHeaders: ['Retry-After'],
  maxAge: 600,
};

/** The headers a middleware puts on a plain answer, computed once on a probe app. */
function headersOf(middleware: ReturnType<typeof secureHeaders>): Promise<[string, string][]> {
  const probe = new Hono();
  probe.use('*', middleware);
  probe.get('*', (c) => c.body(null, 204));
  return Promise.resolve(probe.request('/')).then((res) => [...res.headers.entries()]);
}

export function applySecurity(app: Hono): void {
  const secure = headersOf(
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      xContentTypeOptions: true,
      // Plain http on 127.0.0.1 by default: HSTS belongs to the TLS proxy in front.
      strictTransportSecurity: false,
    }),
  );
  const readCors = headersOf(cors(READ_CORS));
  app.use('*', async (c, next) => {
    for (const [name, value] of await secure) c.header(name, value);
    await next();
  });
  // Preflight requests go through Hono's cors (methods, headers, max age); every other API
  // answer gets what it would add to them.
  const preflight = cors(READ_CORS);
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    for (const [name, value] of await readCors) c.header(name, value);
    await next();
  });
  app.use('/openapi.json', cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }));
}
