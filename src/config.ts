/** The one reader of process.env. Every setting is validated here, with a message that names
 * the variable, the bad value and what is accepted. */
import { resolve } from 'node:path';
import { CodedError } from './domain/index.ts';

export interface Config {
  /** Folder holding the embedded store file (FOURCHETTE_DATA_DIR, default .fourchette). */
  readonly dataDir: string;
  readonly store: 'duckdb' | 'postgres';
  /** PostgreSQL connection string when store = postgres (DATABASE_URL). */
  readonly databaseUrl: string | null;
  readonly host: string;
  readonly port: number;
  /** Groups smaller than this never show percentiles (FOURCHETTE_MIN_GROUP_SIZE, ≥ 3). */
  readonly minGroupSize: number;
  /** Serve the store read-only (FOURCHETTE_READ_ONLY=1): a ready store on a read-only disk. */
  readonly readOnly: boolean;
  /** Redis shared by the processes of server mode (REDIS_URL): rate limits, cache invalidation. */
  readonly redisUrl: string | null;
  /** API processes of `npm run start:server` (FOURCHETTE_WORKERS, default one per core). */
  readonly workers: number | null;
}

export class ConfigError extends CodedError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config-invalid', message, options);
  }
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `${name}="${raw}" is invalid (expected a whole number from ${min} to ${max})`,
    );
  }
  return value;
}

export function readConfig(env: Env = process.env): Config {
  const store = env.FOURCHETTE_STORE ?? 'duckdb';
  if (store !== 'duckdb' && store !== 'postgres') {
    throw new ConfigError(`FOURCHETTE_STORE="${store}" is invalid (expected duckdb or postgres)`);
  }
  const databaseUrl = env.DATABASE_URL ?? null;
  if (store === 'postgres' && !databaseUrl) {
    throw new ConfigError(
      'FOURCHETTE_STORE=postgres needs DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/fourchette)',
    );
  }
  const readOnly = env.FOURCHETTE_READ_ONLY ?? '';
  if (!['', '0', '1', 'true', 'false'].includes(readOnly)) {
    throw new ConfigError(
      `FOURCHETTE_READ_ONLY="${readOnly}" is invalid (expected 1 to serve the store read-only, or 0)`,
    );
  }
  const redisUrl = env.REDIS_URL || null;
  if (redisUrl !== null && (!/^rediss?:\/\/\S+$/.test(redisUrl) || !URL.canParse(redisUrl))) {
    // Not echoed: it may hold a password.
    throw new ConfigError(
      'REDIS_URL is not a Redis address (expected redis://[:password@]host:6379[/db])',
    );
  }
  return {
    readOnly: readOnly === '1' || readOnly === 'true',
    redisUrl,
    workers: env.FOURCHETTE_WORKERS ? intVar(env, 'FOURCHETTE_WORKERS', 1, 1, 64) : null,
    dataDir: resolve(env.FOURCHETTE_DATA_DIR ?? '.fourchette'),
    store,
    databaseUrl,
    host: env.HOST ?? '127.0.0.1',
    port: intVar(env, 'PORT', 3000, 0, 65535),
    minGroupSize: intVar(env, 'FOURCHETTE_MIN_GROUP_SIZE', 5, 3, 1_000_000),
  };
}
