/** Server mode: several processes on one database, each with its answer cache. Every write is
 * published on a Redis channel named for the database; every other process drops its cache on
 * hearing it. While Redis is out of reach a write could go unheard, so caching stops until the
 * subscription is back (and starts from empty). */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { SalaryStore } from './port.ts';
import { redactUrl } from './redact-url.ts';

export class RedisUnavailableError extends Error {
  readonly code = 'redis-unavailable';
}

/** A client that fails at once when Redis is unreachable at start, and reconnects for ever
 * once it has answered. */
export async function connectRedis(url: string, name: string): Promise<Redis> {
  let started = false;
  const redis = new Redis(url, {
    lazyConnect: true,
    connectionName: name,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 2,
    retryStrategy: (times) => (started ? Math.min(100 * times, 1_000) : null),
  });
  // Errors surface through commands and the 'close'/'ready' events; unhandled they would crash.
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => {
    lastError = error;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new RedisUnavailableError(
      `cannot reach Redis at ${redactUrl(url, 'REDIS_URL')} (REDIS_URL): ${(lastError ?? (error as Error)).message} (is redis-server running? start it, or fix REDIS_URL)`,
      { cause: error },
    );
  }
  started = true;
  return redis;
}

/** Publishes this store's writes and drops its cache on the others'; `channel` names the
 * database (processes on other databases share nothing). */
export async function shareInvalidation(
  store: SalaryStore,
  redisUrl: string,
  channel: string,
): Promise<{ close(): Promise<void> }> {
  const me = randomUUID();
  const publisher = await connectRedis(redisUrl, 'fourchette-publisher');
  const subscriber = await connectRedis(redisUrl, 'fourchette-subscriber').catch(
    (error: unknown) => {
      publisher.disconnect();
      throw error;
    },
  );
  subscriber.on('message', (_channel: string, from: string) => {
    if (from !== me) store.dropCachedAnswers();
  });
  await subscriber.subscribe(channel);
  // ioredis subscribes again on reconnecting; what was published meanwhile is lost.
  subscriber.on('close', () => store.cacheAnswers(false));
  subscriber.on('ready', () => store.cacheAnswers(true));
  const stop = store.onWrite(() => {
    publisher.publish(channel, me).catch(() => undefined);
  });
  return {
    async close() {
      stop();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}

/** A database as `host:port/name` (never its user or password): what processes on the same
 * database share in Redis. */
export function databaseIdentity(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

/** The channel of a database: its host, port and name (never its password). */
export function invalidationChannel(databaseUrl: string): string {
  return `fourchette:store-written:${databaseIdentity(databaseUrl)}`;
}
