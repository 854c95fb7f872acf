/** A route is data: its path, its zod schemas and one handler. The same specs register the Hono
 * handlers and generate the OpenAPI document, so a payload is defined once. */
import type { z } from 'zod';
import type { AppContext } from '../service/index.ts';

/** What a handler may know of the request beyond its parameters. */
export interface RequestInfo {
  /** The client: the socket address, or the first X-Forwarded-For one behind a trusted proxy. */
  readonly client: string;
  readonly authorization: string | null;
}

export interface RouteInput<Q, P, B> {
  readonly query: Q;
  readonly params: P;
  readonly body: B;
  readonly request: RequestInfo;
}

export interface RouteSpec<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  readonly method: 'get' | 'post' | 'delete';
  /** Hono syntax: /api/roles/:id */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** Answered only to callers on this machine (see loopback.ts). */
  readonly loopbackOnly?: boolean;
  readonly query?: Q;
  readonly params?: P;
  readonly body?: B;
  readonly response: R;
  /** The answer depends only on the input and the stored data: it is kept (serialised) until
   * the next write to the store. */
  readonly cached?: boolean;
  /** The success status (200 unless given), e.g. 201 for a created resource. */
  readonly status?: (result: z.input<R>) => 200 | 201;
  /** The handler receives the body as sent (parsed JSON) and checks it itself; the schema
   * documents it. */
  readonly checksBody?: boolean;
  /** Counted by the contributions rate limiter (429 with Retry-After past the limit). */
  readonly rateLimited?: boolean;
  /** The answer carries modelled figures: cached per fitted model, not only between writes;
   * the CLI waits for the model before asking. */
  readonly usesModel?: boolean;
  handler(
    input: RouteInput<z.output<Q>, z.output<P>, z.output<B>>,
    ctx: AppContext,
  ): Promise<z.input<R>>;
}

export function defineRoute<
  Q extends z.ZodType,
  P extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(spec: RouteSpec<Q, P, B, R>): RouteSpec<Q, P, B, R> {
  return spec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any>;
