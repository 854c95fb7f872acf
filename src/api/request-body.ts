/** A JSON request body, refused with a 400 (never a 500) when it is not JSON or nests deeper
 * than any payload of the API. */
import type { Context } from 'hono';
import { AppError } from '../service/index.ts';

/** The deepest payload of the API nests 3 levels; a body ten times deeper is refused. */
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of a parsed JSON value, without recursion (a hostile body may nest 100 000
 * levels deep); stops as soon as the limit is passed. */
export function jsonDepthOver(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
  }
  return false;
}

export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse overflows its stack on very deep nesting: the same answer as for bad JSON.
    throw new AppError(
      'invalid-body',
      400,
      'the request body is not valid JSON (send Content-Type: application/json)',
    );
  }
  if (jsonDepthOver(value, MAX_JSON_DEPTH))
    throw new AppError(
      'invalid-body',
      400,
      `the request body nests deeper than ${MAX_JSON_DEPTH} levels (no payload of this API does)`,
    );
  return value;
}
