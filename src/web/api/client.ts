/** The API client: typed GET/POST with the server's one error shape turned into ApiError.
 * Payload types come from src/contract (types only, so zod stays out of the bundle). */
import type { ErrorBody } from '../../contract/index.ts';
import { queryString } from '../routes.ts';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly parameter?: string,
    /** Every wrong field, when the server names them all (contributions). */
    readonly errors: readonly { parameter: string; expected: string }[] = [],
    /** Seconds to wait, from Retry-After (429). */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | number | undefined | null>;

export function apiUrl(path: string, params: Params = {}): string {
  return `${path}${queryString(params)}`;
}

async function readJson<T>(response: Response, url: string): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ErrorBody | null)?.error;
    throw new ApiError(
      error?.code ?? `http-${response.status}`,
      response.status,
      error?.message ?? `${url} answered HTTP ${response.status}`,
      error?.parameter,
      error?.errors ?? [],
      Number(response.headers.get('retry-after')) || null,
    );
  }
  return body as T;
}

const cache = new Map<string, Promise<unknown>>();

/** GETs are cached for the page's life: the data only changes when the server reloads. */
export function apiGet<T>(url: string): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(url, { headers: { accept: 'application/json' } }).then((r) =>
      readJson<T>(r, url),
    );
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

/** Drops a cached GET, e.g. an answer that said "retry later". */
export function forget(url: string): void {
  cache.delete(url);
}

export async function apiPost<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return readJson<T>(response, url);
}

/** DELETE with a bearer token (erasing one's contribution). */
export async function apiDelete<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  return readJson<T>(response, url);
}
