/** The percentile table behind a chart: one row per group, counts always shown, small groups
 * marked "not enough data". */
import type { StatsResponse } from '../../contract/index.ts';
import { useI18n } from '../i18n/context.ts';

export interface TableRow {
  readonly label: string;
  readonly stats: StatsResponse;
}

const KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

export function PercentileTable({ rows, caption }: { rows: readonly TableRow[]; caption: string }) {
  const { t, money, int } = useI18n();
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="percentiles">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('explorer.group')}</th>
            <th scope="col" class="num">
              n
            </th>
            {KEYS.map((k) => (
              <th scope="col" class="num" key={k}>
                {k === 'p50' ? `p50 (${t('common.median')})` : k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, stats }) => (
            <tr key={label} class={stats.percentiles ? '' : 'na'}>
              <th scope="row">{label}</th>
              <td class="num">{int(stats.count)}</td>
              {stats.percentiles ? (
                KEYS.map((k) => (
                  <td class="num" key={k}>
                    {money(
                      (stats.percentiles as NonNullable<StatsResponse['percentiles']>)[k],
                      stats.currency,
                    )}
                  </td>
                ))
              ) : (
                <td colSpan={5} class="na-cell">
                  {t('common.notEnoughLong', { count: int(stats.count), min: stats.minGroupSize })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
