/** A small factory over `rate-limiter-flexible`: counters in memory (embedded mode), or in
 * Redis (REDIS_URL, server mode) so that every API process shares them. A REDIS_URL that does
 * not answer at start is an error, never a silent fall-back to memory. */
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { CodedError } from '../domain/index.ts';
import { databaseIdentity } from '../store/index.ts';

export type RateDecision =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  readonly backend: 'memory' | 'redis';
  /** Counts one event for `key`. Rejects when Redis fails (the caller answers 503). */
  consume(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

export interface RateLimiterOptions {
  /** Events allowed per window and key. */
  readonly points: number;
  readonly windowSeconds: number;
  /** Prefix of the counters' keys (one per use, and per test run). */
  readonly keyPrefix: string;
  readonly redisUrl?: string | null;
  readonly connectTimeoutMs?: number;
}

export class RateLimiterUnavailable extends CodedError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('rate-limiter-unavailable', message, options);
  }
}

/** The address without its password, for messages. */
function shown(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

async function connectRedis(url: string, timeoutMs: number): Promise<Redis> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined); // reported by the calls that fail
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw new RateLimiterUnavailable(
      `REDIS_URL ${shown(url)} does not answer (${(error as Error).message}): start Redis there, or unset REDIS_URL to keep the rate-limit counters in memory (one process only)`,
      { cause: error },
    );
  }
  // Connected: from now on reconnect after a drop (calls fail meanwhile, answered with 503).
  client.options.retryStrategy = (times: number) => Math.min(times * 200, 2_000);
  return client;
}

function wrap(
  limiter: RateLimiterAbstract,
  backend: RateLimiter['backend'],
  close: () => Promise<void>,
): RateLimiter {
  return {
    backend,
    async consume(key) {
      try {
        const r = await limiter.consume(key);
        return { allowed: true, remaining: r.remainingPoints };
      } catch (error) {
        if (error instanceof RateLimiterRes)
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
          };
        throw new RateLimiterUnavailable(
          `rate-limit counters unavailable: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
    },
    close,
  };
}

export async function createRateLimiter(options: RateLimiterOptions): Promise<RateLimiter> {
  const common = {
    points: options.points,
    duration: options.windowSeconds,
    keyPrefix: options.keyPrefix,
  };
  if (!options.redisUrl)
    return wrap(new RateLimiterMemory(common), 'memory', () => Promise.resolve());
  const client = await connectRedis(options.redisUrl, options.connectTimeoutMs ?? 2_000);
  const limiter = new RateLimiterRedis({ ...common, storeClient: client });
  return wrap(limiter, 'redis', async () => {
    await client.quit().catch(() => client.disconnect());
  });
}

/** Where the counters of a deployment live in a shared Redis: per database (host, port and
 * name, never the password), or per data folder, so that two deployments on one Redis do not
 * count each other's clients. */
export function contributionLimiterPrefix(config: {
  readonly store?: 'duckdb' | 'postgres';
  readonly databaseUrl?: string | null;
  readonly dataDir?: string;
}): string {
  if (config.store === 'postgres' && config.databaseUrl && URL.canParse(config.databaseUrl))
    return `fourchette:contributions:${databaseIdentity(config.databaseUrl)}`;
  return `fourchette:contributions:${resolve(config.dataDir ?? '.fourchette')}`;
}

/** The contributions limiter of a server: FOURCHETTE_CONTRIBUTIONS_PER_HOUR per client an hour,
 * in Redis when REDIS_URL is set (a Redis that does not answer stops the start). */
export function openContributionLimiter(
  config: {
    readonly contributionsPerHour: number;
    readonly redisUrl: string | null;
    readonly store?: 'duckdb' | 'postgres';
    readonly databaseUrl?: string | null;
    readonly dataDir?: string;
  },
  keyPrefix = contributionLimiterPrefix(config),
): Promise<RateLimiter> {
  return createRateLimiter({
    points: config.contributionsPerHour,
    windowSeconds: 3600,
    keyPrefix,
    redisUrl: config.redisUrl,
  });
}
