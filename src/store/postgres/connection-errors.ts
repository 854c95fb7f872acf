/** PostgreSQL failures → StoreError with a stable code, naming the server (never the password)
 * and the way out. */
import { StoreError } from '../port.ts';
import { redactUrl } from '../redact-url.ts';

export { redactUrl };

/** `host:port` of the connection string, defaulting like libpq does. */
function hostPort(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return 'the configured host';
  }
}

// SQLSTATE codes, https://www.postgresql.org/docs/15/errcodes-appendix.html
const NO_DATABASE = '3D000';
const AUTH_FAILED = ['28000', '28P01'];

/** A failure while connecting or migrating: the store cannot be used at all. */
export function unavailableError(url: string, error: unknown): StoreError {
  const { code, message } = error as { code?: string; message?: string };
  const where = redactUrl(url);
  const database = (() => {
    try {
      return new URL(url).pathname.slice(1) || 'postgres';
    } catch {
      return '?';
    }
  })();
  let fix: string;
  if (code === NO_DATABASE)
    fix = `create it with: createdb -h ${hostPort(url).split(':')[0]} ${database}`;
  else if (code && AUTH_FAILED.includes(code)) fix = 'check the user and password in DATABASE_URL';
  else fix = `is PostgreSQL running at ${hostPort(url)}? set DATABASE_URL`;
  return new StoreError(
    'store-unavailable',
    `cannot open the PostgreSQL store ${where}: ${message ?? String(error)} (${fix})`,
    {
      cause: error,
    },
  );
}

/** A failure of one statement on a working connection. */
export function queryError(what: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError(
    'store-query-failed',
    `PostgreSQL ${what} failed: ${(error as Error).message}`,
    { cause: error },
  );
}

/** Errors that mean the server went away, rather than a bad statement. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return (
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH)$/.test(code) ||
    code.startsWith('08')
  );
}
