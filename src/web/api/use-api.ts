/** Loads API data for a component; the latest URL wins when the state changes quickly. */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, apiGet } from './client.ts';

export interface Loaded<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('network', 0, (error as Error).message);
}

/** `version` re-runs the request (after forgetting its cached answer with `forget`). */
export function useApi<T>(url: string | null, version = 0): Loaded<T> {
  const [state, setState] = useState<Loaded<T> & { url: string | null }>({
    data: null,
    error: null,
    loading: url !== null,
    url,
  });
  useEffect(() => {
    if (url === null) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, url }));
    apiGet<T>(url).then(
      (data) => current && setState({ data, error: null, loading: false, url }),
      (error: unknown) =>
        current && setState({ data: null, error: asApiError(error), loading: false, url }),
    );
    return () => {
      current = false;
    };
  }, [url, version]);
  return state;
}

/** Several GETs at once (one per group of a chart), all or nothing. The data comes back with
 * the context it was asked for, so a view never mixes new state with old data. */
export function useApiAll<T, C>(
  urls: readonly string[],
  context: C,
): Loaded<{ items: T[]; context: C }> {
  const key = urls.join('\n');
  const [state, setState] = useState<Loaded<{ items: T[]; context: C }>>({
    data: null,
    error: null,
    loading: true,
  });
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    Promise.all(urls.map((u) => apiGet<T>(u))).then(
      (items) => current && setState({ data: { items, context }, error: null, loading: false }),
      (error: unknown) =>
        current && setState({ data: null, error: asApiError(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
