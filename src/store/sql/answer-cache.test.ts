import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswerCache } from './answer-cache.ts';

describe('answer cache', () => {
  it('answers the same question once until cleared, then asks again', async () => {
    const cache = new AnswerCache();
    let asked = 0;
    const load = async () => (asked += 1);
    assert.equal(await cache.get('q', load), 1);
    assert.equal(await cache.get('q', load), 1);
    cache.clear();
    assert.equal(await cache.get('q', load), 2);
  });

  it('never keeps an answer whose read began before a write', async () => {
    const cache = new AnswerCache();
    let release!: (v: string) => void;
    const slow = cache.get('q', () => new Promise<string>((r) => (release = r)));
    cache.clear();
    release('before the write');
    assert.equal(await slow, 'before the write');
    assert.equal(await cache.get('q', async () => 'after'), 'after');
  });

  it('forgets failures and answers it may not keep', async () => {
    const cache = new AnswerCache();
    await assert.rejects(cache.get('f', () => Promise.reject(new Error('down'))));
    assert.equal(await cache.get('f', async () => 'up'), 'up');
    await cache.get(
      'big',
      async () => 'too large',
      () => false,
    );
    await new Promise((r) => setImmediate(r));
    assert.equal(await cache.get('big', async () => 'again'), 'again');
  });

  it('drops the least recently used past its size, and answers past their age', async () => {
    const small = new AnswerCache(2);
    await small.get('a', async () => 'a1');
    await small.get('b', async () => 'b1');
    await small.get('a', async () => 'a2'); // a is now the most recent
    await small.get('c', async () => 'c1');
    assert.equal(await small.get('a', async () => 'a3'), 'a1');
    assert.equal(await small.get('b', async () => 'b2'), 'b2');
    const young = new AnswerCache(10, 20);
    await young.get('x', async () => 'x1');
    await new Promise((r) => setTimeout(r, 40));
    assert.equal(await young.get('x', async () => 'x2'), 'x2');
  });
});
