import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import {
  RateLimiterUnavailable,
  contributionLimiterPrefix,
  createRateLimiter,
} from './rate-limiter.ts';

const REDIS = 'redis://127.0.0.1:6379';
const redisUp = await (async () => {
  const probe = new Redis(REDIS, { lazyConnect: true, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.quit();
    return true;
  } catch {
    probe.disconnect();
    return false;
  }
})();
const prefix = () => `fourchette-test:${process.pid}:${randomBytes(4).toString('hex')}`;

describe('contribution rate limiter', () => {
  it('allows the given number an hour per client in memory, then says when to come back', async () => {
    const limiter = await createRateLimiter({
      points: 3,
      windowSeconds: 3600,
      keyPrefix: prefix(),
    });
    assert.equal(limiter.backend, 'memory');
    for (let i = 0; i < 3; i += 1) assert.equal((await limiter.consume('a')).allowed, true);
    const denied = await limiter.consume('a');
    assert.equal(denied.allowed, false);
    assert.ok(
      !denied.allowed && denied.retryAfterSeconds > 3500 && denied.retryAfterSeconds <= 3600,
    );
    assert.equal((await limiter.consume('b')).allowed, true, 'another client has its own count');
    await limiter.close();
  });

  it(
    'shares the counters of every process through Redis',
    { skip: redisUp ? false : `Redis is not reachable at ${REDIS}` },
    async () => {
      const keyPrefix = prefix();
      const one = await createRateLimiter({
        points: 2,
        windowSeconds: 60,
        keyPrefix,
        redisUrl: REDIS,
      });
      const two = await createRateLimiter({
        points: 2,
        windowSeconds: 60,
        keyPrefix,
        redisUrl: REDIS,
      });
      assert.equal(one.backend, 'redis');
      assert.equal((await one.consume('10.0.0.1')).allowed, true);
      assert.equal((await two.consume('10.0.0.1')).allowed, true);
      const third = await one.consume('10.0.0.1');
      assert.equal(third.allowed, false);
      assert.ok(!third.allowed && third.retryAfterSeconds <= 60);
      await Promise.all([one.close(), two.close()]);
      const check = new Redis(REDIS);
      await check.del(`${keyPrefix}:10.0.0.1`);
      await check.quit();
    },
  );

  it('refuses to start when REDIS_URL does not answer, naming it without its password', async () => {
    await assert.rejects(
      createRateLimiter({
        points: 5,
        windowSeconds: 3600,
        keyPrefix: prefix(),
        redisUrl: 'redis://user:s3cret@127.0.0.1:1',
        connectTimeoutMs: 500,
      }),
      (error) => {
        assert.ok(error instanceof RateLimiterUnavailable);
        assert.match(error.message, /redis:\/\/user:\*\*\*@127\.0\.0\.1:1/);
        assert.match(error.message, /unset REDIS_URL/);
        assert.doesNotMatch(error.message, /s3cret/);
        return true;
      },
    );
  });
});

describe('contribution limiter keys', () => {
  it('are per database or data folder, so that deployments sharing a Redis count apart', () => {
    const pg = (url: string) => contributionLimiterPrefix({ store: 'postgres', databaseUrl: url });
    const a = pg('postgres://app:s3cret@db.example:5432/fourchette');
    assert.equal(a, 'fourchette:contributions:db.example:5432/fourchette');
    assert.equal(pg('postgres://other:pw@db.example/fourchette'), a, 'the same database');
    assert.notEqual(pg('postgres://app:s3cret@db.example:5432/staging'), a);
    assert.doesNotMatch(a, /s3cret/);
    const folder = (dataDir: string) => contributionLimiterPrefix({ store: 'duckdb', dataDir });
    assert.notEqual(folder('/srv/a/.fourchette'), folder('/srv/b/.fourchette'));
  });
});
