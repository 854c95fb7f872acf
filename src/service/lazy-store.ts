/** A store opened on first use: a CLI command whose route needs only the reference tables
 * (convert, freelance, classify…) answers without opening (or first loading) the store. Every
 * method of the port is async, so each forwards once the real store is open; `close` closes it
 * only if it was opened. */
import type { SalaryStore } from '../store/index.ts';

export function lazyStore(
  kind: SalaryStore['kind'],
  open: () => Promise<SalaryStore>,
): SalaryStore {
  let opening: Promise<SalaryStore> | undefined;
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy({} as SalaryStore, {
    get(_target, name) {
      if (name === 'kind') return kind;
      if (name === 'then') return undefined; // not a thenable
      if (name === 'close')
        return async () => {
          if (opening) await (await opening).close();
        };
      if (!methods.has(name))
        methods.set(name, async (...args: unknown[]) => {
          const store = await (opening ??= open());
          const method = (store as unknown as Record<PropertyKey, unknown>)[name];
          if (typeof method !== 'function')
            throw new TypeError(`the store has no method ${String(name)}`);
          return (method as (...a: unknown[]) => unknown).apply(store, args);
        });
      return methods.get(name);
    },
  });
}
