/** The distribution of the figures a filter selects: a histogram from GET /api/distribution,
 * with the quartiles and the median marked, and its bins as a table for screen readers. */
import type { DistributionResponse, StatsResponse } from '../../contract/index.ts';
import { apiUrl, type Params } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { histogramSvg, type Bin } from '../charts/histogram.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { Chart } from './chart.tsx';
import { Loaded } from './status.tsx';

const BINS = 30;

function Histogram({ data, stats }: { data: DistributionResponse; stats: StatsResponse | null }) {
  const { t, moneyShort, int } = useI18n();
  const cur = data.currency;
  const basis = t(`basis.${data.basis}` as MessageKey);
  const period = t(`period.${data.period}`);
  if (data.bins.length === 0) {
    return (
      <p class="notice" id="histogram-empty">
        {data.count === 0
          ? t('explorer.empty')
          : t('common.notEnoughLong', { count: int(data.count), min: data.minGroupSize })}
      </p>
    );
  }
  const range = (b: Bin) => `${moneyShort(b.from, cur)} – ${moneyShort(b.to, cur)}`;
  const p = stats?.percentiles;
  const svg = histogramSvg(data.bins, {
    title: t('explorer.histogramLabel', { count: int(data.count) }),
    format: (v) => moneyShort(v, cur),
    formatCount: (c) => int(c),
    describeBin: (b) => `${range(b)} : ${t('common.count', { count: int(b.count) })}`,
    markers: p
      ? [
          { value: p.p25, label: 'p25' },
          { value: p.p50, label: t('common.median'), main: true },
          { value: p.p75, label: 'p75' },
        ]
      : [],
  });
  return (
    <>
      <Chart
        id="histogram"
        svg={svg}
        caption={`${t('explorer.histogramCaption', { count: int(data.count) })} ${t('common.figures', { currency: cur, basis, period })}`}
      />
      <details>
        <summary>{t('common.chartData')}</summary>
        <div
          class="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={`${t('explorer.histogram')} — ${t('common.chartData')}`}
        >
          <table class="bins">
            <thead>
              <tr>
                <th scope="col">{t('explorer.binRange')}</th>
                <th scope="col" class="num">
                  n
                </th>
              </tr>
            </thead>
            <tbody>
              {data.bins.map((b) => (
                <tr key={b.from}>
                  <th scope="row">{range(b)}</th>
                  <td class="num">{int(b.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

export function Distribution({ params, stats }: { params: Params; stats: StatsResponse | null }) {
  const { t } = useI18n();
  const state = useApi<DistributionResponse>(
    apiUrl('/api/distribution', { ...params, bins: BINS }),
  );
  return (
    <section aria-labelledby="histogram-title">
      <h2 id="histogram-title">{t('explorer.histogram')}</h2>
      <Loaded state={state}>{(data) => <Histogram data={data} stats={stats} />}</Loaded>
    </section>
  );
}
