/** Whether the server offers an API route (read once from /openapi.json), so pages built
 * ahead of a route say "not available yet" instead of calling it and logging a 404. */
import { useApi } from './use-api.ts';

interface OpenApi {
  readonly paths: Record<string, unknown>;
}

/** `path` in OpenAPI form, e.g. /api/roles/{id}; null while unknown. */
export function useRouteAvailable(path: string): boolean | null {
  const doc = useApi<OpenApi>('/openapi.json');
  if (doc.error) return false;
  if (!doc.data) return null;
  const wanted = path.replace(/\{[^}]+\}/g, '{}');
  return Object.keys(doc.data.paths).some(
    (p) => p.replace(/\{[^}]+\}/g, '{}').replace(/:\w+/g, '{}') === wanted,
  );
}
