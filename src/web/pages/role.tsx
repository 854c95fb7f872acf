/** Role guide (fiche métier): pay by level and by country from live statistics, and the guide
 * text (missions, skills, studies, codes, career paths) from /api/roles/:id. */
import type { StatsResponse } from '../../contract/index.ts';
import { LEVELS } from '../../domain/observation.ts';
import { apiUrl } from '../api/client.ts';
import { useApiAll } from '../api/use-api.ts';
import type { PageProps } from '../app.tsx';
import { boxPlotSvg } from '../charts/box-plot.ts';
import { Chart } from '../components/chart.tsx';
import { PercentileTable } from '../components/percentile-table.tsx';
import { Provenance } from '../components/provenance.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { COUNTRIES } from '../countries.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { ROLE_IDS, roleLabel } from '../roles.ts';
import { pathFor } from '../routes.ts';
import { RoleGuide } from '../components/role-guide.tsx';

function PayBy({
  title,
  rows,
  id,
}: {
  title: string;
  id: string;
  rows: { label: string; stats: StatsResponse }[];
}) {
  const { t, moneyShort, int } = useI18n();
  const first = rows[0]?.stats;
  if (!first) return null;
  const basis = t(`basis.${first.basis}` as MessageKey);
  const caption = t('common.figures', {
    currency: first.currency,
    basis,
    period: t(`period.${first.period}`),
  });
  const svg = boxPlotSvg(
    rows.map((r) => ({ label: r.label, count: r.stats.count, percentiles: r.stats.percentiles })),
    {
      title,
      format: (v) => moneyShort(v, first.currency),
      missing: (r) =>
        `${t('common.notEnough')} (${t('common.countShort', { count: int(r.count) })})`,
    },
  );
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Chart svg={svg} caption={caption} />
      <details>
        <summary>{t('common.chartData')}</summary>
        <PercentileTable rows={rows} caption={caption} />
      </details>
    </section>
  );
}

export default function RolePage({ route }: PageProps) {
  const { t, lang } = useI18n();
  const id = route.param ?? '';
  const known = (ROLE_IDS as readonly string[]).includes(id);
  const name = known ? roleLabel(t, id) : id;
  useTitle(t('role.title', { role: name }));
  const urls = known
    ? [
        apiUrl('/api/stats', { role: id }),
        ...LEVELS.map((level) => apiUrl('/api/stats', { role: id, level })),
        ...COUNTRIES.map((country) => apiUrl('/api/stats', { role: id, country })),
      ]
    : [];
  const stats = useApiAll<StatsResponse, string>(urls, id);
  if (!known) return <p class="error">{t('role.notFound', { id })}</p>;
  return (
    <>
      <h1>{t('role.title', { role: name })}</h1>
      <p>
        <a href={pathFor(lang, 'explorer', { query: { role: id } })}>{t('role.explore')}</a>
      </p>
      <RoleGuide id={id} />
      <Loaded state={stats}>
        {({ items }) => {
          const [all, ...rest] = items as [StatsResponse, ...StatsResponse[]];
          const byLevel = LEVELS.map((level, i) => ({
            label: t(`level.${level}`),
            stats: rest[i] as StatsResponse,
          })).filter((r) => r.stats.count > 0);
          const byCountry = COUNTRIES.map((c, i) => ({
            label: countryName(c, lang),
            stats: rest[LEVELS.length + i] as StatsResponse,
          }))
            .filter((r) => r.stats.count > 0)
            .sort((a, b) => (b.stats.percentiles?.p50 ?? -1) - (a.stats.percentiles?.p50 ?? -1));
          return (
            <>
              <PayBy id="by-level" title={t('role.byLevel')} rows={byLevel} />
              <PayBy id="by-country" title={t('role.byCountry')} rows={byCountry} />
              <Provenance stats={all} filter={{ role: id }} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}
