/** `npm run start:server`: server mode. Several API processes (Node's cluster, one port) on one
 * PostgreSQL database (DATABASE_URL), sharing rate limits and cache invalidation through Redis
 * (REDIS_URL). The primary process checks both, migrates and loads the bundled data once, then
 * starts FOURCHETTE_WORKERS processes (default one per core) and replaces any that dies. */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { ConfigError, readConfig, type Config } from './config.ts';
import { removeServerAddress, writeServerAddress } from './server-address.ts';
import { runServer } from './server-main.ts';
import { openAppContext, removeModeratorKey, writeModeratorKey } from './service/index.ts';
import { connectRedis } from './store/redis-invalidation.ts';
import { ensureWebBuilt } from './web-build.ts';

/** Server mode needs a database and a Redis: without them it would silently keep counters
 * and caches per process. */
export function readServerModeConfig(env: Record<string, string | undefined>): Config {
  if (!env.DATABASE_URL)
    throw new ConfigError(
      'server mode needs DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/fourchette)',
    );
  if (!env.REDIS_URL)
    throw new ConfigError(
      'server mode needs REDIS_URL, shared by its processes for rate limits and cache invalidation (for example redis://127.0.0.1:6379)',
    );
  return readConfig({ ...env, FOURCHETTE_STORE: 'postgres' });
}

const RESTART_DELAY_MS = 1_000;
const STOP_GRACE_MS = 3_000;
const log = (line: string) => console.log(line);

async function primary(config: Config): Promise<void> {
  const redis = await connectRedis(config.redisUrl as string, 'fourchette-check');
  redis.disconnect();
  // Migrations and the bundled data once, before any worker opens the database.
  const ctx = await openAppContext(config, {
    onLoad: (report) => {
      for (const s of report.sources)
        log(`loaded ${s.inserted} observations from bundled source ${s.id}`);
    },
  });
  await ctx.store.close();
  const build = ensureWebBuilt(log);
  const count = config.workers ?? availableParallelism();
  let stopping = false;
  let announced = false;
  // The workers read it at each admin request: `fourchette contributions …` moderates through
  // them with it.
  const moderatorKey = writeModeratorKey(config.dataDir);
  const start = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (m: { url?: string }) => {
      if (!m.url) return;
      log(`worker ${worker.process.pid} serving ${m.url}`);
      if (!announced) {
        announced = writeServerAddress(config.dataDir, { url: m.url, pid: process.pid });
        log(`Fourchette server mode: ${count} processes on ${m.url}`);
      }
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log(`worker ${worker.process.pid} stopped (${signal ?? `code ${code}`}); starting another`);
    // Not at once: a worker that cannot start (database down) would otherwise spin.
    setTimeout(() => stopping || start(), RESTART_DELAY_MS);
  });
  for (let i = 0; i < count; i += 1) start();
  const stop = () => {
    stopping = true;
    removeServerAddress(config.dataDir);
    if (moderatorKey) removeModeratorKey(config.dataDir, moderatorKey);
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const w of workers) {
      w.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      w.kill('SIGTERM');
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await build.catch((error: unknown) => {
    stop();
    throw error;
  });
}

async function worker(config: Config): Promise<void> {
  const server = await runServer(config, log, { loadBundled: false, announce: false });
  process.send?.({ url: server.url });
  const stop = () => {
    // An estimator fit in progress is not waited for past a few seconds.
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

try {
  const config = readServerModeConfig(process.env);
  await (cluster.isPrimary ? primary(config) : worker(config));
} catch (error) {
  const err = error as Error & { code?: string };
  console.error(`fourchette: ${err.code ? err.message : (err.stack ?? err.message)}`);
  if (cluster.isPrimary) for (const w of Object.values(cluster.workers ?? {})) w?.kill();
  process.exit(1);
}
