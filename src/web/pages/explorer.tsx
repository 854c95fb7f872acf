/** Explorer: filters → the distribution of the figures (histogram), box plots by group, the
 * percentile table, CSV export and the provenance of the figures. */
import type { StatsResponse } from '../../contract/index.ts';
import { apiUrl } from '../api/client.ts';
import { useApiAll } from '../api/use-api.ts';
import type { PageProps } from '../app.tsx';
import { boxPlotSvg } from '../charts/box-plot.ts';
import { Chart } from '../components/chart.tsx';
import { Distribution } from '../components/distribution.tsx';
import { ExplorerFilters, GROUP_LABEL } from '../components/explorer-filters.tsx';
import { PercentileTable, type TableRow } from '../components/percentile-table.tsx';
import { Provenance } from '../components/provenance.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { toCsv } from '../csv.ts';
import {
  explorerQuery,
  groupValues,
  readExplorerState,
  statsParams,
  type ExplorerState,
  type FilterKey,
} from '../explorer-state.ts';
import { pathFor } from '../routes.ts';
import { useI18n, type I18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';

function groupLabel(t: I18n['t'], state: ExplorerState, value: string): string {
  return t(`${state.groupBy}.${value}` as MessageKey);
}

function csvHref(rows: readonly TableRow[], state: ExplorerState): string {
  const head = [
    'group',
    'count',
    'sources',
    'status',
    'p10',
    'p25',
    'p50',
    'p75',
    'p90',
    'currency',
    'period',
    'basis',
    'filter',
  ];
  const filter = Object.entries(state.filter)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const body = rows.map(({ label, stats: s }) => [
    label,
    s.count,
    s.sources,
    s.status,
    s.percentiles?.p10 ?? null,
    s.percentiles?.p25 ?? null,
    s.percentiles?.p50 ?? null,
    s.percentiles?.p75 ?? null,
    s.percentiles?.p90 ?? null,
    s.currency,
    s.period,
    s.basis,
    filter,
  ]);
  return `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv([head, ...body]))}`;
}

/** The link to the nearest wider filter that has enough data (the API's `wider`). */
function Wider({
  state,
  wider,
}: {
  state: ExplorerState;
  wider: NonNullable<StatsResponse['wider']>;
}) {
  const { t, int, lang } = useI18n();
  const filter = { ...state.filter };
  for (const key of wider.dropped) delete filter[key as FilterKey];
  const dropped = wider.dropped
    .filter((key) => key !== 'yearTo' || !wider.dropped.includes('yearFrom'))
    .map((key) => t(`explorer.${key}` as MessageKey).toLowerCase())
    .join(', ');
  const href = pathFor(lang, 'explorer', { query: explorerQuery({ ...state, filter }) });
  return (
    <>
      {' '}
      <a href={href} class="wider">
        {t('explorer.wider', { dropped, count: int(wider.count) })}
      </a>
    </>
  );
}

function Results({ state, all }: { state: ExplorerState; all: StatsResponse[] }) {
  const { t, money, moneyShort, int } = useI18n();
  const [total, ...groups] = all as [StatsResponse, ...StatsResponse[]];
  const values = groupValues(state);
  const groupName = t(GROUP_LABEL[state.groupBy]).toLowerCase();
  const rows: TableRow[] = [
    { label: t('explorer.total'), stats: total },
    ...groups.map((stats, i) => ({ label: groupLabel(t, state, values[i] as string), stats })),
  ];
  const svg = boxPlotSvg(
    rows.map((r) => ({ label: r.label, count: r.stats.count, percentiles: r.stats.percentiles })),
    {
      title: t('explorer.chartLabel', { group: groupName }),
      format: (v) => moneyShort(v, total.currency),
      missing: (r) =>
        `${t('common.notEnough')} (${t('common.countShort', { count: int(r.count) })})`,
    },
  );
  const basis = t(`basis.${total.basis}` as MessageKey);
  const period = t(`period.${total.period}`);
  return (
    <>
      <p class="summary" aria-live="polite">
        {total.count === 0
          ? t('explorer.empty')
          : total.percentiles
            ? t('explorer.summary', {
                count: int(total.count),
                sources: total.sources,
                median: money(total.percentiles.p50, total.currency),
                basis,
                period,
              })
            : t('common.notEnoughLong', { count: int(total.count), min: total.minGroupSize })}
        {total.wider && <Wider state={state} wider={total.wider} />}
      </p>
      <Distribution params={statsParams(state)} stats={total} />
      <h2>{t('explorer.chart', { group: groupName })}</h2>
      <Chart
        id="by-group"
        svg={svg}
        caption={`${t('common.figures', { currency: total.currency, basis, period })}`}
      />
      <h2>{t('explorer.table')}</h2>
      <PercentileTable
        rows={rows}
        caption={t('common.figures', { currency: total.currency, basis, period })}
      />
      <p>
        <a class="button" href={csvHref(rows, state)} download="fourchette-explorer.csv">
          {t('explorer.csv')}
        </a>
      </p>
      <Provenance stats={total} filter={state.filter} />
    </>
  );
}

export default function ExplorerPage({ route }: PageProps) {
  const { t } = useI18n();
  useTitle(t('explorer.title'));
  const state = readExplorerState(route.query);
  const urls = [
    apiUrl('/api/stats', statsParams(state)),
    ...groupValues(state).map((g) => apiUrl('/api/stats', statsParams(state, g))),
  ];
  const results = useApiAll<StatsResponse, ExplorerState>(urls, state);
  return (
    <>
      <h1>{t('explorer.title')}</h1>
      <ExplorerFilters state={state} />
      <Loaded state={results}>{(data) => <Results state={data.context} all={data.items} />}</Loaded>
    </>
  );
}
