import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpolate } from './interpolate.ts';

describe('interpolate', () => {
  const xs = [0, 10, 20];
  const ys = [0, 100, 150];

  it('is exact on grid points and linear between them', () => {
    assert.equal(interpolate(xs, ys, 10), 100);
    assert.equal(interpolate(xs, ys, 15), 125);
    assert.equal(interpolate(xs, ys, 20), 150);
  });

  it('gives NaN outside the grid rather than extrapolating', () => {
    assert.ok(Number.isNaN(interpolate(xs, ys, -1)));
    assert.ok(Number.isNaN(interpolate(xs, ys, 21)));
    assert.ok(Number.isNaN(interpolate(xs, ys, Number.NaN)));
  });

  it('inverts a strictly ascending curve by swapping the columns', () => {
    assert.equal(interpolate(ys, xs, 125), 15);
  });
});
