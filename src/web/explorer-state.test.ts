import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explorerQuery, groupValues, readExplorerState, statsParams } from './explorer-state.ts';

describe('explorer state in the URL', () => {
  it('reads filters, currency, period and grouping with defaults', () => {
    const state = readExplorerState(
      new URLSearchParams('role=ml-engineer&country=FR&city=&period=month'),
    );
    assert.deepEqual(state.filter, { role: 'ml-engineer', country: 'FR' });
    assert.equal(state.currency, 'EUR');
    assert.equal(state.period, 'month');
    assert.equal(state.groupBy, 'level');
  });

  it('writes back only what differs from the defaults', () => {
    const state = readExplorerState(
      new URLSearchParams('role=ml-engineer&currency=EUR&groupBy=remote'),
    );
    assert.deepEqual(explorerQuery(state), {
      role: 'ml-engineer',
      country: undefined,
      currency: undefined,
      period: undefined,
      groupBy: 'remote',
    });
  });

  it('keeps pay=any in the URL and passes it to the API; the default (local) stays out', () => {
    const any = readExplorerState(new URLSearchParams('country=FR&pay=any'));
    assert.equal(statsParams(any).pay, 'any');
    assert.equal(explorerQuery(any).pay, 'any');
    const local = readExplorerState(new URLSearchParams('country=FR'));
    assert.equal(statsParams(local).pay, undefined);
  });

  it('opens on France unless the URL names another country or all of them', () => {
    assert.equal(readExplorerState(new URLSearchParams('')).filter.country, 'FR');
    assert.equal(readExplorerState(new URLSearchParams('country=de')).filter.country, 'de');
    const all = readExplorerState(new URLSearchParams('country=all'));
    assert.equal(all.filter.country, undefined);
    assert.equal(explorerQuery(all).country, 'all');
    assert.equal(explorerQuery(readExplorerState(new URLSearchParams(''))).country, undefined);
  });

  it('compares every level unless the filter fixes one', () => {
    assert.deepEqual(groupValues(readExplorerState(new URLSearchParams(''))), [
      'intern',
      'junior',
      'mid',
      'senior',
      'expert',
      'lead',
    ]);
    assert.deepEqual(groupValues(readExplorerState(new URLSearchParams('level=senior'))), [
      'senior',
    ]);
  });

  it('asks the stats API for one group by overriding its dimension', () => {
    const state = readExplorerState(new URLSearchParams('role=data-analyst&groupBy=remote'));
    assert.deepEqual(statsParams(state, 'hybrid'), {
      role: 'data-analyst',
      country: 'FR',
      remote: 'hybrid',
      currency: 'EUR',
      period: 'year',
    });
  });
});
