/** The market reads of market-port.ts, written once for both stores over their query runner. */
import type { MarketReads, PayQuartiles } from './market-port.ts';
import type { Dialect } from './queries/converted-value.ts';
import type { SqlFragment } from './queries/filter-clause.ts';
import { marketAiByRoleQuery } from './queries/market-ai-by-role.ts';
import { marketMixQuery } from './queries/market-mix.ts';
import { marketMonthsQuery } from './queries/market-months.ts';
import { marketPayByQuarterQuery } from './queries/market-pay-by-quarter.ts';
import { marketPayCellsQuery } from './queries/market-pay-cells.ts';
import { marketPlacesQuery } from './queries/market-places.ts';
import { marketPostingsCountQuery } from './queries/market-postings-count.ts';
import { marketRemoteByCountryYearQuery } from './queries/market-remote-by-country-year.ts';
import { marketTotalsQuery } from './queries/market-totals.ts';
import { marketYearsQuery } from './queries/market-years.ts';

type Row = Record<string, unknown>;
export type QueryRunner = (sql: string, params: (string | number)[]) => Promise<readonly Row[]>;

// Counts come back as bigint (DuckDB) or text (pg): read them with Number().
const int = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function quartiles(count: unknown, q: unknown): PayQuartiles {
  const n = int(count);
  const values = n > 0 && Array.isArray(q) ? q.map((v) => (v == null ? null : Number(v))) : [];
  return { count: n, p25: values[0] ?? null, p50: values[1] ?? null, p75: values[2] ?? null };
}

const remoteCounts = (r: Row) => ({ remote: int(r.remote), hybrid: int(r.hybrid) });

export function marketReads(run: QueryRunner, dialect: Dialect): MarketReads {
  const rows = (q: SqlFragment) => run(q.sql, q.params);
  return {
    async countPostings(sourceId) {
      const [r] = await rows(marketPostingsCountQuery(sourceId));
      return int(r?.n);
    },
    async totals(basis, filter) {
      const [r = {}] = await rows(marketTotalsQuery(basis, filter, dialect));
      return {
        items: int(r.n),
        sources: int(r.sources),
        withPay: int(r.with_pay),
        ...remoteCounts(r),
        onsite: int(r.onsite),
        aiKnown: int(r.ai_known),
        mentionsAi: int(r.ai),
        from: text(r.first_on),
        to: text(r.last_on),
        pay: quartiles(r.with_pay, r.q),
      };
    },
    async months(basis, filter) {
      return (await rows(marketMonthsQuery(basis, filter))).map((r) => ({
        year: int(r.year),
        month: int(r.month),
        items: int(r.n),
        withPay: int(r.with_pay),
      }));
    },
    async years(basis, filter) {
      return (await rows(marketYearsQuery(basis, filter, dialect))).map((r) => ({
        year: int(r.year),
        items: int(r.n),
        ...remoteCounts(r),
        pay: quartiles(r.with_pay, r.q),
      }));
    },
    async remoteByCountryYear(basis, filter) {
      return (await rows(marketRemoteByCountryYearQuery(basis, filter))).map((r) => ({
        year: int(r.year),
        country: text(r.country),
        items: int(r.n),
        ...remoteCounts(r),
      }));
    },
    async aiByRole(basis, filter) {
      return (await rows(marketAiByRoleQuery(basis, filter))).map((r) => ({
        roleId: text(r.role_id),
        items: int(r.n),
        mentionsAi: int(r.ai),
      }));
    },
    async payByQuarter(basis, filter) {
      return (await rows(marketPayByQuarterQuery(basis, filter, dialect))).map((r) => ({
        year: int(r.year),
        quarter: int(r.quarter),
        ...quartiles(r.n, r.q),
      }));
    },
    async payCells(basis, filter) {
      return (await rows(marketPayCellsQuery(basis, filter, dialect))).map((r) => ({
        year: int(r.year),
        roleId: String(r.role_id),
        country: text(r.country),
        city: text(r.city),
        count: int(r.n),
        median: Number(r.median),
      }));
    },
    async mix(basis, filter, column) {
      return (await rows(marketMixQuery(basis, filter, column))).map((r) => ({
        value: text(r.value),
        items: int(r.n),
      }));
    },
    async places(basis, filter, limit) {
      return (await rows(marketPlacesQuery(basis, filter, limit, dialect))).map((r) => ({
        country: text(r.country),
        city: text(r.city),
        items: int(r.n),
        pay: quartiles(r.with_pay, r.q),
      }));
    },
  };
}
