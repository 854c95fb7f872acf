/** What the API and the CLI share: the config, an open store and the reference tables. */
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { lastRateDay } from '../domain/index.ts';
import { loadBundledData, type BundledLoadReport, type ReferenceTables } from '../ingest/index.ts';
import { loadNormalizeTables } from '../reference/index.ts';
import { openDuckDbStore, openPostgresStore, type SalaryStore } from '../store/index.ts';
import { EstimatorCache } from './estimator-cache.ts';
import { invalidParameter } from './errors.ts';
import { lazyStore } from './lazy-store.ts';

export interface AppContext {
  readonly config: Config;
  readonly store: SalaryStore;
  readonly tables: ReferenceTables;
  /** Currencies statistics can be returned in (EUR and every currency with rates). */
  readonly currencies: ReadonlySet<string>;
  readonly estimator: EstimatorCache;
}

export async function openStore(config: Config): Promise<SalaryStore> {
  if (config.store === 'postgres') {
    return openPostgresStore(config.databaseUrl as string);
  }
  return openDuckDbStore(join(config.dataDir, 'fourchette.duckdb'), {
    readOnly: config.readOnly,
  });
}

/** Opens the store, loads the bundled data on first use, and returns the shared context. With
 * `lazy`, the store opens (and loads) at its first use instead (the CLI's in-process answers). */
export async function openAppContext(
  config: Config,
  options: {
    store?: SalaryStore;
    loadBundled?: boolean;
    lazy?: boolean;
    onLoad?: (report: BundledLoadReport) => void;
  } = {},
): Promise<AppContext> {
  const tables: ReferenceTables = loadNormalizeTables();
  const open = async () => {
    const store = options.store ?? (await openStore(config));
    if (options.loadBundled ?? true) {
      const report = await loadBundledData(store, tables);
      options.onLoad?.(report);
    }
    return store;
  };
  const store = options.lazy ? lazyStore(config.store, open) : await open();
  // A lazy store is not asked: it holds the bundled ECB table, so its currencies are the table's.
  const currencies = new Set([
    'EUR',
    ...(options.lazy ? tables.fx.ratesPerEur.keys() : await store.fxCurrencies()),
  ]);
  const cacheDir =
    config.store === 'duckdb' && !options.store && store.writable
      ? join(config.dataDir, 'models')
      : null;
  return { config, store, tables, currencies, estimator: new EstimatorCache(store, cacheDir) };
}

/** The date of a conversion asked without one: the last day of published ECB rates. */
export function lastRateDate(ctx: AppContext): string {
  return lastRateDay(ctx.tables.fx);
}

/** Refuses a currency without reference rates, naming the ones there are. */
export function requireRatedCurrency(ctx: AppContext, currency: string): void {
  if (!ctx.currencies.has(currency)) {
    throw invalidParameter(
      'currency',
      currency,
      `a currency with ECB reference rates: ${[...ctx.currencies].sort().join(', ')}`,
    );
  }
}
