/** Security middleware: headers on every response (Content-Security-Policy for the pages,
 * nosniff, Referrer-Policy, frame-ancestors) with Hono's secure-headers, and an explicit CORS
 * policy: the read API is open to any origin (open data, no credentials); writes and the admin
 * API are same-origin only (no CORS headers for them: a browser on another site cannot send
 * them). */
import type { Hono } from 'hono';
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

export function applySecurity(app: Hono): void {
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      xContentTypeOptions: true,
      // Plain http on 127.0.0.1 by default: HSTS belongs to the TLS proxy in front.
      strictTransportSecurity: false,
    }),
  );
  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD'],
      allowHeaders: ['Accept', 'Accept-Language'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  app.use('/openapi.json', cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }));
}
