/** Opens the context, loads bundled data on first start, and serves the API and the web app. */
import { resolve } from 'node:path';
import type { ServerType } from '@hono/node-server';
import { createApp, startServer } from './api/index.ts';
import type { Config } from './config.ts';
import { openAppContext, openContributionLimiter } from './service/index.ts';
import type { SalaryStore } from './store/index.ts';

export const WEB_DIST = resolve(import.meta.dirname ?? '.', '..', 'dist', 'web');

export async function runServer(
  config: Config,
  log: (line: string) => void,
  options: { warmEstimator?: boolean; store?: SalaryStore } = {},
): Promise<{ server: ServerType; url: string; close(): Promise<void> }> {
  const started = performance.now();
  // First: a REDIS_URL that does not answer stops the start before anything else is opened.
  const limiter = await openContributionLimiter(config);
  const ctx = await openAppContext(config, {
    ...(options.store ? { store: options.store } : {}),
    onLoad: (report) => {
      for (const s of report.sources)
        log(`loaded ${s.inserted} observations from bundled source ${s.id}`);
      if (report.fxRows) log(`loaded ${report.fxRows} daily FX rates`);
    },
  });
  const app = createApp(ctx, { webDir: WEB_DIST, limiter });
  const { server, url } = await startServer(app, config.host, config.port);
  log(
    `Fourchette serving ${url} (store: ${ctx.store.kind}, ${(performance.now() - started).toFixed(0)} ms)`,
  );
  // Fit (or load) the estimator now rather than on the first request; errors surface there.
  if (options.warmEstimator ?? true) {
    ctx.estimator.get().then(
      () => log('estimator ready'),
      (error: unknown) => log(`estimator not ready: ${(error as Error).message}`),
    );
  }
  const close = async () => {
    await new Promise<void>((done) => server.close(() => done()));
    await ctx.estimator.settled();
    await ctx.store.close();
    await limiter.close();
  };
  return { server, url, close };
}
