/** Who the client is, for rate limits and resubmissions: the socket's address, or behind a
 * trusted reverse proxy (FOURCHETTE_TRUST_PROXY=1) the first X-Forwarded-For address. */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isIP } from 'node:net';

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first && isIP(first)) return first;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (app.request in tests) have no socket.
    return 'local';
  }
}
