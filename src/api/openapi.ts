/** The OpenAPI 3.1 document, generated from the route specs' zod schemas. */
import { z } from 'zod';
import { ErrorBodySchema } from '../contract/index.ts';
import type { AnyRoute } from './route.ts';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: z.ZodType | undefined, location: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input');
  const props = (json.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: location,
    required: location === 'path' || (required.has(name) && s.default === undefined),
    description: s.description,
    schema: s,
  }));
}

export function openApiDocument(
  routes: readonly AnyRoute[],
  version: string,
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponse = {
    description: 'error',
    content: { 'application/json': { schema: jsonSchema(ErrorBodySchema, 'output') } },
  };
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[r.method] = {
      summary: r.summary,
      description: r.description,
      tags: r.tags,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [r.status ? '201' : '200']: {
          description: r.status ? 'created (200 when it was stored before)' : 'success',
          content: { 'application/json': { schema: jsonSchema(r.response, 'output') } },
        },
        ...(r.rateLimited ? { '429': errorResponse } : {}),
        ...(r.path.startsWith('/api/admin/') ? { '401': errorResponse } : {}),
        ...(r.method === 'delete' ? { '403': errorResponse } : {}),
        '400': errorResponse,
        ...(r.params ? { '404': errorResponse } : {}),
        '500': errorResponse,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fourchette API',
      version,
      description:
        'Open salary observatory for AI, machine learning and data jobs. Every figure says where it came from.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
  };
}
