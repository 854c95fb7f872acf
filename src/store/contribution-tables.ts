/** The contribution methods of the store port, shared by both adapters over a query runner
 * (each adapter passes its own reads and transactions). */
import {
  CONTRIBUTIONS_SOURCE_ID,
  type ContributedValue,
  type ContributionStatus,
  type NewContribution,
  type StatsFilter,
  type StoredContribution,
} from '../domain/index.ts';
import type { ContributionStore, ContributionsSummary, StatsOptions } from './port.ts';
import { rowToContribution } from './queries/contribution-columns.ts';
import { DELETE_CONTRIBUTION, WITHDRAW_ATOM } from './queries/contribution-erase.ts';
import {
  FIND_UNPUBLISHED_BY_FINGERPRINT,
  INSERT_CONTRIBUTION,
  contributionValues,
} from './queries/contribution-insert.ts';
import { CONTRIBUTION_TOKEN_HASH, contributionListQuery } from './queries/contribution-list.ts';
import { APPROVE_CONTRIBUTION, CONTRIBUTION_STATUS } from './queries/contribution-moderation.ts';
import {
  countPendingQuery,
  PENDING_SUBMITTERS,
  publishBatchQuery,
} from './queries/contribution-publish.ts';
import { CONTRIBUTIONS_SUMMARY, contributionValuesQuery } from './queries/contribution-values.ts';
import { GROUP_COLUMNS } from './queries/salary-quantiles-by-group.ts';

type Row = Record<string, unknown>;
type Params = readonly (string | number | null)[];
export type QueryRunner = (sql: string, params?: Params) => Promise<readonly Row[]>;
/** Runs `work` in one transaction; its runner reads and writes inside it. */
export type TransactionRunner = <T>(
  what: string,
  work: (run: QueryRunner) => Promise<T>,
) => Promise<T>;

/** Keeps a value about the whole store until the next write (see SqlStore.fact). */
export type FactMemo = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export class ContributionTables implements ContributionStore {
  constructor(
    private readonly read: QueryRunner,
    private readonly writes: TransactionRunner,
    /** Run first in every write (PostgreSQL: an advisory lock, so that processes sharing the
     * database store a resubmission once), or null. */
    private readonly lock: string | null = null,
    private readonly fact: FactMemo = (_key, compute) => compute(),
  ) {}

  private transaction<T>(what: string, work: (run: QueryRunner) => Promise<T>): Promise<T> {
    return this.writes(what, async (run) => {
      if (this.lock) await run(this.lock);
      return work(run);
    });
  }

  insertContribution(c: NewContribution) {
    return this.transaction('saving a contribution', async (run) => {
      const [same] = await run(FIND_UNPUBLISHED_BY_FINGERPRINT, [c.fingerprint]);
      if (same)
        return {
          id: String(same.id),
          status: String(same.status) as ContributionStatus,
          duplicate: true,
        };
      await run(INSERT_CONTRIBUTION, contributionValues(c, CONTRIBUTIONS_SOURCE_ID));
      return { id: c.id, status: c.status, duplicate: false };
    });
  }

  async listContributions(
    statuses: readonly ContributionStatus[],
    limit: number,
  ): Promise<StoredContribution[]> {
    if (statuses.length === 0) return [];
    const rows = await this.read(contributionListQuery(statuses), [...statuses, limit]);
    return rows.map(rowToContribution);
  }

  async contributionTokenHash(id: string): Promise<string | null> {
    const [r] = await this.read(CONTRIBUTION_TOKEN_HASH, [id]);
    return r ? String(r.delete_token_hash) : null;
  }

  approveContribution(id: string): Promise<boolean> {
    return this.transaction('approving a contribution', async (run) => {
      const [r] = await run(CONTRIBUTION_STATUS, [id]);
      if (r?.status !== 'held') return false;
      await run(APPROVE_CONTRIBUTION, [id]);
      return true;
    });
  }

  deleteContribution(
    id: string,
    statuses: readonly ContributionStatus[],
    today: string,
  ): Promise<boolean> {
    return this.transaction('erasing a contribution', async (run) => {
      const [r] = await run(CONTRIBUTION_STATUS, [id]);
      if (!r || !statuses.includes(String(r.status) as ContributionStatus)) return false;
      await run(DELETE_CONTRIBUTION, [id]);
      const atom = r.atom_id === null || r.atom_id === undefined ? null : String(r.atom_id);
      if (atom) await run(WITHDRAW_ATOM, [atom, today]);
      return true;
    });
  }

  async pendingSubmitters(): Promise<Map<string, string | null>> {
    const rows = await this.read(PENDING_SUBMITTERS);
    return new Map(
      rows.map((r) => [String(r.id), r.submitter === null ? null : String(r.submitter)]),
    );
  }

  publishContributions(
    batches: readonly { atomId: string; ids: readonly string[] }[],
    publishedOn: string,
  ): Promise<number> {
    return this.transaction('publishing contributions', async (run) => {
      let published = 0;
      for (const b of batches) {
        if (b.ids.length === 0) continue;
        // A batch that lost a member meanwhile (erased) waits for the next publication.
        const [pending] = await run(countPendingQuery(b.ids.length), [...b.ids]);
        if (Number(pending?.n ?? 0) !== b.ids.length) continue;
        await run(publishBatchQuery(b.ids.length), [b.atomId, publishedOn, ...b.ids]);
        published += b.ids.length;
      }
      return published;
    });
  }

  async contributedValues(filter: StatsFilter, options: StatsOptions): Promise<ContributedValue[]> {
    // Every statistic asks; until a first publication none has any (and the query, a join
    // over a grouping, costs about as much as the cube's).
    const published = await this.fact('published contributions', async () =>
      Number((await this.read(CONTRIBUTIONS_SUMMARY))[0]?.n ?? 0),
    );
    if (published === 0) return [];
    const q = contributionValuesQuery(filter, options.currency, options.periodsPerYear);
    const rows = await this.read(q.sql, q.params);
    return rows.map((r) => ({
      atomId: String(r.atom_id),
      atomSize: Number(r.atom_size),
      value: Number(r.v),
      observedOn: String(r.observed_on).slice(0, 10),
      group: Object.fromEntries(
        Object.entries(GROUP_COLUMNS).map(([key, column]) => [
          key,
          r[column] === null || r[column] === undefined ? null : String(r[column]),
        ]),
      ),
    }));
  }

  async contributionsSummary(): Promise<ContributionsSummary> {
    const [r] = await this.read(CONTRIBUTIONS_SUMMARY);
    const published = Number(r?.n ?? 0);
    return {
      published,
      version: `${published}/${Number(r?.atoms ?? 0)}/${String(r?.last_atom ?? '')}`,
      firstObservedOn: r?.first_on ? String(r.first_on).slice(0, 10) : null,
      lastObservedOn: r?.last_on ? String(r.last_on).slice(0, 10) : null,
    };
  }
}

const CONTRIBUTION_METHODS = [
  'insertContribution',
  'listContributions',
  'contributionTokenHash',
  'approveContribution',
  'deleteContribution',
  'pendingSubmitters',
  'publishContributions',
  'contributedValues',
  'contributionsSummary',
] as const satisfies readonly (keyof ContributionStore)[];

/** The adapter with the contribution methods of its tables (one line in each adapter). */
export function withContributionTables<S extends object>(
  store: S,
  tables: ContributionTables,
): S & ContributionStore {
  for (const name of CONTRIBUTION_METHODS)
    Object.defineProperty(store, name, {
      value: tables[name].bind(tables),
      configurable: true,
      writable: true,
    });
  return store as S & ContributionStore;
}
