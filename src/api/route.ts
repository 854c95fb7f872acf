/** A route is data: its path, its zod schemas and one handler. The same specs register the Hono
 * handlers and generate the OpenAPI document, so a payload is defined once. */
import type { z } from 'zod';
import type { AppContext } from '../service/index.ts';

export interface RouteInput<Q, P, B> {
  readonly query: Q;
  readonly params: P;
  readonly body: B;
}

export interface RouteSpec<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  readonly method: 'get' | 'post';
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
