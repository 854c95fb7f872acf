/** One route answering one request, whoever asks: the HTTP app (app.ts) and the CLI call this
 * same function with the raw values of the request, so their payloads cannot drift apart. */
import { parseInput, type AppContext } from '../service/index.ts';
import type { AnyRoute } from './route.ts';

export interface RawRequest {
  /** Query parameters as single strings, as they come in a URL. */
  readonly query?: Record<string, string>;
  readonly params?: Record<string, string>;
  /** The parsed JSON body (routes with a body schema only). */
  readonly body?: unknown;
}

function parseRequest(route: AnyRoute, raw: RawRequest) {
  const query = route.query ? parseInput(route.query, raw.query ?? {}, 'query') : {};
  const params = route.params ? parseInput(route.params, raw.params ?? {}, 'path') : {};
  const body = route.body
    ? parseInput(route.body, (raw.body ?? {}) as Record<string, unknown>, 'body')
    : undefined;
  return { query, params, body };
}

/** Validates the request with the route's schemas and returns what its handler answers. */
export async function invokeRoute(
  route: AnyRoute,
  ctx: AppContext,
  raw: RawRequest,
): Promise<unknown> {
  return route.handler(parseRequest(route, raw), ctx);
}

/** The route's answer as JSON text; a cached route's answer is kept per parsed (normalized)
 * input until the next write, so equivalent queries share one answer. */
export async function invokeRouteJson(
  route: AnyRoute,
  ctx: AppContext,
  raw: RawRequest,
): Promise<string> {
  const input = parseRequest(route, raw);
  const answer = async () => JSON.stringify(await route.handler(input, ctx));
  if (!route.cached) return answer();
  const key = `${route.method} ${route.path} ${JSON.stringify([input.query, input.params])}`;
  return ctx.store.memo(key, answer);
}

/** A route's path with its parameters filled in: /api/roles/:id → /api/roles/ml-engineer. */
export function routeUrlPath(route: AnyRoute, params: Record<string, string> = {}): string {
  return route.path.replace(/:(\w+)/g, (_m, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
}
