import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SightingKey } from '../../store/index.ts';
import { RepostIndex } from './repost-index.ts';

const key = (id: string, postedOn: string, overrides: Partial<SightingKey> = {}): SightingKey => ({
  id,
  postingId: id,
  sourceId: 'board',
  title: 'Data Engineer (H/F)',
  employer: 'ACME SAS',
  country: 'FR',
  city: 'Paris',
  postedOn,
  payLow: 45_000,
  payHigh: 55_000,
  payCurrency: 'EUR',
  textHash: '0123456789abcdef',
  ...overrides,
});

const isoDay = (start: string, days: number): string =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('repost index', () => {
  it('finds a repost up to 42 days apart, on either side of a window edge, and not at 43', () => {
    for (let shift = 0; shift < 42; shift += 7) {
      const first = isoDay('2026-01-01', shift);
      const index = new RepostIndex([key('a', first)]);
      assert.equal(index.match(key('b', isoDay(first, 42))), 'a', `from ${first}`);
      assert.equal(index.match(key('c', isoDay(first, -42))), 'a', `before ${first}`);
      assert.equal(index.match(key('d', isoDay(first, 43))), null, `43 days after ${first}`);
    }
  });

  it('picks the closest of years of one employer’s ads in one city', () => {
    // A large employer posting the same ad every week for three years: the candidates of a
    // new sighting are its recent ones, and the nearest in days wins.
    const weekly = Array.from({ length: 156 }, (_, i) => key(`w${i}`, isoDay('2023-01-02', 7 * i)));
    const index = new RepostIndex(weekly);
    assert.equal(index.match(key('new', isoDay('2023-01-02', 7 * 155 + 2))), 'w155');
    assert.equal(index.match(key('old', isoDay('2023-01-02', 7 * 10 + 3))), 'w10');
  });
});
