/** What every store adapter must do with contributions: store once, list without hashes,
 * publish whole batches in one transaction, erase (withdrawing a batch left below k), select
 * published values by filter, and keep everything across a restart. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewContribution } from '../domain/index.ts';
import type { SalaryStore } from './port.ts';

let n = 0;
export function makeContribution(overrides: Partial<NewContribution> = {}): NewContribution {
  n += 1;
  return {
    id: `c_test${String(n).padStart(16, '0')}`,
    status: 'pending',
    heldReason: null,
    submittedOn: '2026-11-30',
    atomId: null,
    publishedOn: null,
    withdrawnOn: null,
    observedOn: '2025-07-01',
    valueYearEur: 60_000,
    deleteTokenHash: 'ab'.repeat(32),
    fingerprint: `fp-${n}`,
    submitter: `sender-${n}`,
    roleId: 'data-engineer',
    level: 'senior',
    yearsOfExperience: null,
    country: 'FR',
    city: null,
    employment: 'employee',
    amount: 60_000,
    currency: 'EUR',
    period: 'year',
    basis: 'gross',
    monthsPerYear: null,
    bonus: null,
    year: 2025,
    companySize: null,
    sector: null,
    remote: null,
    ...overrides,
  };
}

const EUR_YEAR = { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 };

export function describeContributionContract(
  name: string,
  open: () => Promise<{ store: SalaryStore; reopen: () => Promise<SalaryStore> }>,
): void {
  describe(`contribution store contract: ${name}`, () => {
    let store: SalaryStore;
    let reopen: () => Promise<SalaryStore>;
    const batch = [61_000, 64_000, 67_000, 72_000, 77_000].map((v, i) =>
      makeContribution({ valueYearEur: v, amount: v, city: i < 4 ? 'Paris' : 'Lyon' }),
    );

    before(async () => {
      ({ store, reopen } = await open());
    });
    after(async () => store.close());

    it('stores a contribution once when the same fingerprint comes again', async () => {
      const first = await store.insertContribution(batch[0]!);
      assert.deepEqual(first, { id: batch[0]!.id, status: 'pending', duplicate: false });
      const again = await store.insertContribution({ ...batch[0]!, id: 'c_other000000000000000' });
      assert.deepEqual(again, { id: batch[0]!.id, status: 'pending', duplicate: true });
      for (const c of batch.slice(1)) await store.insertContribution(c);
      assert.equal((await store.listContributions(['pending'], 100)).length, 5);
    });

    it('lists contributions without their token hash or fingerprint', async () => {
      const [item] = await store.listContributions(['pending'], 1);
      assert.ok(item);
      assert.equal(item.roleId, 'data-engineer');
      assert.ok(!('deleteTokenHash' in item) && !('fingerprint' in item));
      assert.equal(await store.contributionTokenHash(batch[0]!.id), 'ab'.repeat(32));
      assert.equal(await store.contributionTokenHash('c_missing000000000000'), null);
    });

    it('approves only held contributions', async () => {
      const held = makeContribution({ status: 'held', heldReason: 'odd', valueYearEur: 5 });
      await store.insertContribution(held);
      assert.equal(await store.approveContribution(batch[0]!.id), false);
      assert.equal(await store.approveContribution(held.id), true);
      assert.equal(
        await store.deleteContribution(held.id, ['held', 'pending'], '2026-12-01'),
        true,
      );
    });

    it('selects no value before publication, and every value of a whole batch after', async () => {
      assert.deepEqual(await store.contributedValues({ role: 'data-engineer' }, EUR_YEAR), []);
      const senders = await store.pendingSubmitters();
      for (const c of batch) assert.equal(senders.get(c.id), c.submitter);
      const published = await store.publishContributions(
        [{ atomId: 'a1', ids: batch.map((c) => c.id) }],
        '2026-12-01',
      );
      assert.equal(published, 5);
      const values = await store.contributedValues({ role: 'data-engineer' }, EUR_YEAR);
      assert.deepEqual(
        values.map((v) => v.value).sort((a, b) => a - b),
        [61_000, 64_000, 67_000, 72_000, 77_000],
      );
      assert.ok(values.every((v) => v.atomId === 'a1' && v.atomSize === 5));
      const paris = await store.contributedValues(
        { role: 'data-engineer', city: 'paris' },
        EUR_YEAR,
      );
      assert.equal(paris.length, 4);
      assert.equal(paris[0]?.atomSize, 5);
      assert.equal(paris[0]?.group.level, 'senior');
      assert.equal((await store.contributionsSummary()).published, 5);
      // The senders' keys go at publication.
      const left = await store.pendingSubmitters();
      for (const c of batch) assert.equal(left.has(c.id), false);
    });

    it('publishes nothing of a batch whose member is no longer pending', async () => {
      const next = makeContribution();
      await store.insertContribution(next);
      const published = await store.publishContributions(
        [{ atomId: 'a2', ids: [next.id, 'c_gone00000000000000000'] }],
        '2026-12-01',
      );
      assert.equal(published, 0);
      assert.equal((await store.listContributions(['pending'], 10)).length, 1);
    });

    it('keeps everything across a restart', async () => {
      await store.close();
      store = await reopen();
      assert.equal((await store.contributionsSummary()).published, 5);
      assert.equal((await store.listContributions(['pending'], 10)).length, 1);
    });

    it('erases one contribution and withdraws the rest of its batch, marked', async () => {
      const before = await store.contributionsSummary();
      assert.equal(await store.deleteContribution(batch[1]!.id, ['published'], '2026-12-01'), true);
      assert.equal(await store.contributionTokenHash(batch[1]!.id), null);
      const after = await store.contributionsSummary();
      assert.equal(after.published, 0);
      assert.notEqual(after.version, before.version);
      const pending = await store.listContributions(['pending'], 10);
      assert.equal(pending.length, 5);
      assert.equal(pending.filter((c) => c.withdrawnOn === '2026-12-01').length, 4);
      assert.equal(
        await store.deleteContribution(batch[1]!.id, ['published'], '2026-12-01'),
        false,
      );
    });
  });
}
