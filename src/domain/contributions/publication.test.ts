import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeContribution } from '../../store/contribution-contract.ts';
import { checkPlausibility } from './plausibility.ts';
import { planPublication } from './publication.ts';

describe('publication batches', () => {
  it('releases a cohort only with at least k pending, each cohort as one batch', () => {
    const plan = planPublication(
      [
        ...Array.from({ length: 5 }, () => makeContribution()),
        ...Array.from({ length: 4 }, () => makeContribution({ level: 'mid' })),
        makeContribution({ status: 'held' }),
      ],
      5,
    );
    assert.deepEqual(plan.batches.map((b) => [b.cohort, b.ids.length]), [['data-engineer|senior|FR|employee|gross|EUR', 5]]);
    assert.deepEqual(plan.waiting, [{ cohort: 'data-engineer|mid|FR|employee|gross|EUR', count: 4, senders: 4, withdrawn: 0 }]);
  }); // prettier-ignore

  it('waits for k different senders: one client cannot fill a cohort around another value', () => {
    // Four contributions of known values from one sender, and the victim's: 5, from 2 senders.
    const sybil = Array.from({ length: 4 }, () => makeContribution({ submitter: 'attacker' }));
    const victim = makeContribution({ submitter: 'victim' });
    const all = [...sybil, victim];
    const senderOf = (id: string) => all.find((c) => c.id === id)?.submitter ?? null;
    const plan = planPublication(all, 5, senderOf);
    assert.equal(plan.batches.length, 0);
    assert.deepEqual(plan.waiting, [{ cohort: 'data-engineer|senior|FR|employee|gross|EUR', count: 5, senders: 2, withdrawn: 0 }]);
    // Three more senders: 8 contributions from 5 senders go out together.
    const others = ['a', 'b', 'c'].map((s) => makeContribution({ submitter: s }));
    const more = [...all, ...others];
    const released = planPublication(more, 5, (id) => more.find((c) => c.id === id)?.submitter ?? null);
    assert.equal(released.batches[0]?.ids.length, 8);
    // Of unknown sender (imports, contributions from before senders were kept): each its own.
    assert.equal(planPublication(Array.from({ length: 5 }, () => makeContribution()), 5, () => null).batches.length, 1);
  }); // prettier-ignore

  it('re-releases a withdrawn batch only with k new contributions', () => {
    const withdrawn = Array.from({ length: 4 }, () => makeContribution({ withdrawnOn: '2026-12-01' }));
    assert.equal(planPublication([...withdrawn, makeContribution()], 5).batches.length, 0);
    const fresh = Array.from({ length: 5 }, () => makeContribution());
    assert.equal(planPublication([...withdrawn, ...fresh], 5).batches[0]?.ids.length, 9);
  }); // prettier-ignore
});

describe('plausibility of a contribution', () => {
  const range = { p1: 30_000, p99: 150_000, basis: 'ml-engineer · FR (300 observations)' };
  it('keeps values inside the profile’s p1–p99', () => {
    assert.deepEqual(checkPlausibility(52_000, range), { ok: true });
  });
  it('holds 5 € a year, and names a month’s pay given as a year’s', () => {
    assert.match((checkPlausibility(5, range) as { reason: string }).reason, /outside the p1–p99/);
    assert.match((checkPlausibility(4_400, range) as { reason: string }).reason, /a month's pay given as a year's/);
    assert.match((checkPlausibility(900_000, range) as { reason: string }).reason, /a year's pay given as a month's/);
  }); // prettier-ignore
});
