/** Opens the context, loads bundled data on first start, and serves the API and the web app;
 * announces the address in `<dataDir>/server.json` and, with REDIS_URL on PostgreSQL, shares
 * cache invalidation with the other processes on the same database. */
import { resolve } from 'node:path';
import type { ServerType } from '@hono/node-server';
import { createApp, startServer } from './api/index.ts';
import type { Config } from './config.ts';
import { announceStarting, removeServerAddress, writeServerAddress } from './server-address.ts';
import {
  openAppContext,
  openContributionLimiter,
  removeModeratorKey,
  writeModeratorKey,
} from './service/index.ts';
import type { SalaryStore } from './store/index.ts';
import { invalidationChannel, shareInvalidation } from './store/index.ts';

export const WEB_DIST = resolve(import.meta.dirname ?? '.', '..', 'dist', 'web');

export interface RunServerOptions {
  readonly warmEstimator?: boolean;
  /** Build the statistics index at start (default true). */
  readonly warmStatistics?: boolean;
  readonly store?: SalaryStore;
  /** Load the bundled data when missing (default true; server-mode workers leave it to the
   * primary process). */
  readonly loadBundled?: boolean;
  /** Write `<dataDir>/server.json` (default true; server-mode workers leave it to the primary). */
  readonly announce?: boolean;
}

export async function runServer(
  config: Config,
  log: (line: string) => void,
  options: RunServerOptions = {},
): Promise<{ server: ServerType; url: string; close(): Promise<void> }> {
  const started = performance.now();
  const announce = options.announce ?? true;
  // First: a REDIS_URL that does not answer stops the start before anything else is opened.
  const limiter = await openContributionLimiter(config);
  // A CLI command on this folder waits for the server rather than meet the store's lock while
  // the first start loads the bundled data (src/cli/server-file.ts).
  if (announce) announceStarting(config.dataDir);
  const ctx = await openAppContext(config, {
    ...(options.store ? { store: options.store } : {}),
    loadBundled: options.loadBundled ?? true,
    onLoad: (report) => {
      for (const s of report.sources)
        log(`loaded ${s.inserted} observations from bundled source ${s.id}`);
      if (report.fxRows) log(`loaded ${report.fxRows} daily FX rates`);
    },
  }).catch(async (error: unknown) => {
    if (announce) removeServerAddress(config.dataDir);
    await limiter.close();
    throw error;
  });
  let shared: { close(): Promise<void> } | null = null;
  try {
    if (config.redisUrl && config.store === 'postgres' && config.databaseUrl)
      shared = await shareInvalidation(
        ctx.store,
        config.redisUrl,
        invalidationChannel(config.databaseUrl),
      );
  } catch (error) {
    if (announce) removeServerAddress(config.dataDir);
    await ctx.store.close();
    await limiter.close();
    throw error;
  }
  const app = createApp(ctx, { webDir: WEB_DIST, limiter });
  const { server, url } = await startServer(app, config.host, config.port).catch(
    async (error: unknown) => {
      if (announce) removeServerAddress(config.dataDir);
      await shared?.close();
      await ctx.store.close();
      await limiter.close();
      throw error;
    },
  );
  // The key `fourchette contributions …` on this folder moderates with, through this server.
  const moderatorKey = announce && ctx.store.writable ? writeModeratorKey(config.dataDir) : null;
  if (announce && !writeServerAddress(config.dataDir, { url, pid: process.pid }))
    log(`could not write ${config.dataDir}/server.json (read-only folder?)`);
  log(
    `Fourchette serving ${url} (store: ${ctx.store.kind}${ctx.store.writable ? '' : ', read-only'}, ${(performance.now() - started).toFixed(0)} ms)`,
  );
  // Build the statistics index now rather than on the first request (until it is ready, and
  // after each write until rebuilt, statistics come from SQL: same figures, slower).
  if (options.warmStatistics ?? true) {
    const t0 = performance.now();
    ctx.store.warmStatistics?.().then(
      (ready) => {
        if (ready) log(`statistics index ready (${(performance.now() - t0).toFixed(0)} ms)`);
      },
      (error: unknown) => log((error as Error).message),
    );
  }
  // Fit (or load) the estimator now rather than on the first request; errors surface there.
  if (options.warmEstimator ?? true) {
    ctx.estimator.get().then(
      () => log('estimator ready'),
      (error: unknown) => log(`estimator not ready: ${(error as Error).message}`),
    );
  }
  const close = async () => {
    if (announce) removeServerAddress(config.dataDir);
    if (moderatorKey) removeModeratorKey(config.dataDir, moderatorKey);
    await new Promise<void>((done) => server.close(() => done()));
    await ctx.estimator.settled();
    await shared?.close();
    await ctx.store.close();
    await limiter.close();
  };
  return { server, url, close };
}
