/** How a CLI command gets its answer: from the very route the API serves. When a server runs on
 * the same data folder (see server-file.ts), the command asks it over HTTP; otherwise it runs the
 * route in this process, through the same invokeRouteJson() the HTTP app calls. Either way the
 * payload is the route's, byte for byte once printed as JSON. */
import { readConfig, type Config } from '../config.ts';
import { invokeRouteJson, routeUrlPath, type AnyRoute, type RawRequest } from '../api/index.ts';
import { CodedError, openAppContext, type AppContext } from '../service/index.ts';
import type { CliIO } from './command.ts';
import { runningServerUrl } from './server-file.ts';

/** A refusal or failure of the route, with its HTTP status (4xx: the user's input; exit 2). */
export class RouteError extends CodedError {
  constructor(
    code: string,
    readonly status: number,
    message: string,
  ) {
    super(code, message);
  }
}

/** A query parameter's option name: `companySize` is `company-size`. */
export const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `query parameter "companySize"` → `option --company-size`: the user typed options. */
export function asOptionMessage(message: string): string {
  return message.replace(
    /(?:(?:query|body) )?(?<!path )parameter "(\w+)"/g,
    (_m, name: string) => `option --${kebab(name)}`,
  );
}

export interface RouteClient {
  /** Where answers come from: the server's url, or "in-process". */
  readonly via: () => string;
  ask(route: AnyRoute, request?: RawRequest): Promise<unknown>;
  close(): Promise<void>;
}

async function askServer(url: string, route: AnyRoute, request: RawRequest): Promise<unknown> {
  const query = new URLSearchParams(request.query ?? {}).toString();
  const target = `${url}${routeUrlPath(route, request.params)}${query ? `?${query}` : ''}`;
  let response: Response;
  try {
    const authorization = request.request?.authorization;
    response = await fetch(target, {
      method: route.method.toUpperCase(),
      headers: {
        ...(route.body ? { 'content-type': 'application/json' } : {}),
        ...(authorization ? { authorization } : {}),
      },
      ...(route.body ? { body: JSON.stringify(request.body ?? {}) } : {}),
    });
  } catch (error) {
    throw new RouteError(
      'server-unreachable',
      503,
      `the server at ${url} stopped answering (${(error as Error).message}); run the command again`,
    );
  }
  const payload = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  if (!response.ok) {
    const e = payload?.error;
    throw new RouteError(
      e?.code ?? 'server-error',
      response.status,
      e?.message ?? `${target} answered ${response.status}`,
    );
  }
  return payload;
}

export async function openRouteClient(io: CliIO): Promise<RouteClient> {
  const config: Config = readConfig(io.env ?? process.env);
  const url = await runningServerUrl(config.dataDir, 5000, {
    onWait: (pid) =>
      io.stderr.write(
        `fourchette: the server on ${config.dataDir} (pid ${pid}) is starting; waiting for it to answer\n`,
      ),
  });
  let ctx: AppContext | undefined;
  return {
    via: () => url ?? 'in-process',
    async ask(route, request = {}) {
      try {
        if (url) return await askServer(url, route, request);
        ctx ??= await openAppContext(config, { lazy: true });
        // A command answers once: it waits for the fitted model rather than print "pending".
        if (route.usesModel) await ctx.estimator.get();
        // The JSON text the API would send: --json prints the route's bytes.
        return JSON.parse((await invokeRouteJson(route, ctx, request)).json) as unknown;
      } catch (error) {
        if (error instanceof CodedError) error.message = asOptionMessage(error.message);
        throw error;
      }
    },
    async close() {
      if (!ctx) return;
      await ctx.estimator.settled();
      await ctx.store.close();
    },
  };
}

/** Opens a client, asks one route, closes. */
export async function askRoute(
  io: CliIO,
  route: AnyRoute,
  request: RawRequest = {},
): Promise<unknown> {
  const client = await openRouteClient(io);
  try {
    return await client.ask(route, request);
  } finally {
    await client.close();
  }
}
