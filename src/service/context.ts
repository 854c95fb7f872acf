/** What the API and the CLI share: the config, an open store and the reference tables. */
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { loadBundledData, type BundledLoadReport, type ReferenceTables } from '../ingest/index.ts';
import { loadNormalizeTables } from '../reference/normalize-tables.ts';
import { openDuckDbStore, type SalaryStore } from '../store/index.ts';
import { EstimatorCache } from './estimator-cache.ts';
import { invalidParameter } from './errors.ts';

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
    const { openPostgresStore } = await import('../store/postgres/postgres-store.ts');
    return openPostgresStore(config.databaseUrl as string);
  }
  return openDuckDbStore(join(config.dataDir, 'fourchette.duckdb'), {
    readOnly: config.readOnly,
  });
}

/** Opens the store, loads the bundled data on first use, and returns the shared context. */
export async function openAppContext(
  config: Config,
  options: {
    store?: SalaryStore;
    loadBundled?: boolean;
    onLoad?: (report: BundledLoadReport) => void;
  } = {},
): Promise<AppContext> {
  const store = options.store ?? (await openStore(config));
  const tables: ReferenceTables = loadNormalizeTables();
  if (options.loadBundled ?? true) {
    const report = await loadBundledData(store, tables);
    options.onLoad?.(report);
  }
  const currencies = new Set(['EUR', ...(await store.fxCurrencies())]);
  const cacheDir =
    config.store === 'duckdb' && !options.store && store.writable
      ? join(config.dataDir, 'models')
      : null;
  return { config, store, tables, currencies, estimator: new EstimatorCache(store, cacheDir) };
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
