/** One route answering one request, whoever asks: the HTTP app (app.ts) and the CLI call this
 * same function with the raw values of the request, so their payloads cannot drift apart. */
import { roundMoney } from './round-money.ts';
import { parseInput, type AppContext } from '../service/index.ts';
import type { AnyRoute, RequestInfo } from './route.ts';

export interface RawRequest {
  /** Query parameters as single strings, as they come in a URL. */
  readonly query?: Record<string, string>;
  readonly params?: Record<string, string>;
  /** The parsed JSON body (routes with a body schema only). */
  readonly body?: unknown;
  /** Who asks (HTTP: the client's address and Authorization header). */
  readonly request?: RequestInfo;
}

/** A request from inside this process (the CLI): no address, no credentials. */
const IN_PROCESS: RequestInfo = { client: 'local', authorization: null };

function parseRequest(route: AnyRoute, raw: RawRequest) {
  const query = route.query ? parseInput(route.query, raw.query ?? {}, 'query') : {};
  const params = route.params ? parseInput(route.params, raw.params ?? {}, 'path') : {};
  // A route that checks its body itself (to name every wrong field at once) gets it as sent.
  const body = !route.body
    ? undefined
    : route.checksBody
      ? raw.body
      : parseInput(route.body, (raw.body ?? {}) as Record<string, unknown>, 'body');
  return { query, params, body, request: raw.request ?? IN_PROCESS };
}

/** Validates the request with the route's schemas and returns what its handler answers, money
 * rounded to cents (round-money.ts). */
export async function invokeRoute(
  route: AnyRoute,
  ctx: AppContext,
  raw: RawRequest,
): Promise<unknown> {
  return roundMoney(await route.handler(parseRequest(route, raw), ctx));
}

/** The route's answer as JSON text with its status; a cached route's answer is kept per
 * parsed (normalized) input until the next write, so equivalent queries share one answer. */
export async function invokeRouteJson(
  route: AnyRoute,
  ctx: AppContext,
  raw: RawRequest,
): Promise<{ json: string; status: 200 | 201 }> {
  const input = parseRequest(route, raw);
  const run = async () => roundMoney(await route.handler(input, ctx));
  if (!route.cached) {
    // Money leaves rounded to cents (round-money.ts).
    const result: unknown = await run();
    return { json: JSON.stringify(result), status: route.status?.(result) ?? 200 };
  }
  // An answer with modelled figures also depends on the fitted model ("pending" until the
  // first fit): it is kept per model, not only until the next write.
  const model = route.usesModel ? ` model=${ctx.estimator.peek()?.version ?? 'pending'}` : '';
  const key = `${route.method} ${route.path} ${JSON.stringify([input.query, input.params])}${model}`;
  const json = await ctx.store.memo(key, async () => JSON.stringify(await run()));
  return { json, status: 200 };
}

/** A route's path with its parameters filled in: /api/roles/:id → /api/roles/ml-engineer. */
export function routeUrlPath(route: AnyRoute, params: Record<string, string> = {}): string {
  return route.path.replace(/:(\w+)/g, (_m, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
}
