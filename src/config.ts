/** The one reader of process.env. Every setting is validated here, with a message that names
 * the variable, the bad value and what is accepted. */
import { resolve } from 'node:path';

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
  /** Contributions one client may send an hour (FOURCHETTE_CONTRIBUTIONS_PER_HOUR, default 5). */
  readonly contributionsPerHour: number;
  /** Behind a reverse proxy: the client is the first X-Forwarded-For address
   * (FOURCHETTE_TRUST_PROXY=1); otherwise the socket's. */
  readonly trustProxy: boolean;
  /** Rate-limit counters in Redis, shared by every API process (REDIS_URL); memory otherwise. */
  readonly redisUrl: string | null;
  /** Bearer token of /api/admin/... (FOURCHETTE_ADMIN_TOKEN); null: the admin API is off. */
  readonly adminToken: string | null;
}

export class ConfigError extends Error {
  readonly code = 'config-invalid';
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

function flagVar(env: Env, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  throw new ConfigError(
    `${name}="${raw}" is invalid (expected 1 to turn it on, 0 or unset for off)`,
  );
}

function redisUrlVar(env: Env): string | null {
  const raw = env.REDIS_URL;
  if (raw === undefined || raw === '') return null;
  if (!/^rediss?:\/\/\S+$/.test(raw) || !URL.canParse(raw)) {
    // Not echoed: it may hold a password.
    throw new ConfigError(
      'REDIS_URL is not a Redis address (expected redis://[user:password@]host:6379[/db])',
    );
  }
  return raw;
}

function adminTokenVar(env: Env): string | null {
  const raw = env.FOURCHETTE_ADMIN_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16 || /\s/.test(raw)) {
    throw new ConfigError(
      `FOURCHETTE_ADMIN_TOKEN is too weak (${raw.length} characters; expected at least 16 without spaces, e.g. from \`openssl rand -hex 24\`)`,
    );
  }
  return raw;
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
  return {
    dataDir: resolve(env.FOURCHETTE_DATA_DIR ?? '.fourchette'),
    store,
    databaseUrl,
    host: env.HOST ?? '127.0.0.1',
    port: intVar(env, 'PORT', 3000, 0, 65535),
    minGroupSize: intVar(env, 'FOURCHETTE_MIN_GROUP_SIZE', 5, 3, 1_000_000),
    contributionsPerHour: intVar(env, 'FOURCHETTE_CONTRIBUTIONS_PER_HOUR', 5, 1, 1_000_000),
    trustProxy: flagVar(env, 'FOURCHETTE_TRUST_PROXY'),
    redisUrl: redisUrlVar(env),
    adminToken: adminTokenVar(env),
  };
}
