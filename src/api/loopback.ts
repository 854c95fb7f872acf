/** Routes marked `loopbackOnly` answer only callers on this machine: writing to the store is
 * for the local CLI, not for the network the server may listen on. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Next } from 'hono';
import { AppError } from '../service/index.ts';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.test(address);
}

export async function loopbackOnly(c: Context, next: Next): Promise<void> {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    address = undefined; // no socket (app.request in tests): not a local caller we can vouch for
  }
  if (!isLoopback(address))
    throw new AppError(
      'loopback-only',
      403,
      `${c.req.method} ${c.req.path} answers only callers on the server's machine (run fourchette ingest there)`,
    );
  await next();
}
