/** Role guide (fiche métier): what the job is (missions, skills, studies, ROME/ESCO codes,
 * career paths) and its live pay by level, by country and as a freelance day rate. */
import type { CompareResponse, RoleGuideResponse, StatsResponse } from '../../contract/index.ts';
import { apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRoles } from '../api/use-roles.ts';
import type { PageProps } from '../app.tsx';
import { boxPlotSvg } from '../charts/box-plot.ts';
import { careerPathsSvg } from '../charts/career-paths.ts';
import { Chart } from '../components/chart.tsx';
import { CountryPay, readView, type View } from '../components/country-pay.tsx';
import { PercentileTable } from '../components/percentile-table.tsx';
import { Provenance } from '../components/provenance.tsx';
import { PublishedItem, PublishedList } from '../components/published.tsx';
import { RoleText } from '../components/role-text.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { COUNTRIES } from '../countries.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import { ROLE_IDS } from '../roles.ts';
import { pathFor } from '../routes.ts';

type Group = RoleGuideResponse['pay']['byLevel'][number];

/** A GroupSummary shown in the percentile table needs the stats shape around it. */
function asStats(g: Group, overall: StatsResponse): StatsResponse {
  return {
    ...overall,
    count: g.count,
    sources: g.sources,
    status: g.status,
    percentiles: g.percentiles,
  };
}

function PayBy(props: {
  id: string;
  title: string;
  rows: { label: string; group: Group }[];
  overall: StatsResponse;
}) {
  const { t, moneyShort, int } = useI18n();
  const { overall } = props;
  const caption = t('common.figures', {
    currency: overall.currency,
    basis: t(`basis.${overall.basis}` as MessageKey),
    period: t(`period.${overall.period}`),
  });
  const svg = boxPlotSvg(
    props.rows.map((r) => ({
      label: r.label,
      count: r.group.count,
      percentiles: r.group.percentiles,
    })),
    {
      title: props.title,
      format: (v) => moneyShort(v, overall.currency),
      missing: (r) =>
        `${t('common.notEnough')} (${t('common.countShort', { count: int(r.count) })})`,
    },
  );
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Chart svg={svg} caption={caption} />
      <details>
        <summary>{t('common.chartData')}</summary>
        <PercentileTable
          rows={props.rows.map((r) => ({ label: r.label, stats: asStats(r.group, overall) }))}
          caption={caption}
        />
      </details>
    </section>
  );
}

/** Pay by country from GET /api/compare (France as the reference), nominal / PPP / net. */
function ByCountry({ role, view, country }: { role: string; view: View; country: string }) {
  const { t, lang } = useI18n();
  const compare = useApi<CompareResponse>(
    apiUrl('/api/compare', { role, reference: 'FR', period: 'year' }),
  );
  return (
    <section aria-labelledby="by-country">
      <h2 id="by-country">{t('role.byCountry')}</h2>
      <Loaded state={compare}>
        {(data) => (
          <CountryPay
            id="role-countries"
            data={data}
            view={view}
            limit={12}
            fold
            references={false}
            hrefFor={(v) =>
              pathFor(lang, 'role', {
                param: role,
                query: { country: country || 'all', view: v === 'nominal' ? undefined : v },
              })
            }
          />
        )}
      </Loaded>
    </section>
  );
}

/** The ROME v3 fiches older job cards cite, with their ROME 4.0 successors (FAP codes are in
 * RoleText). */
function RomeV3({ data }: { data: RoleGuideResponse }) {
  const { t, lang } = useI18n();
  const list = (items: readonly string[]) => items.join(', ');
  return (
    <section aria-labelledby="rome-v3">
      <h2 id="rome-v3">ROME v3 → ROME 4.0</h2>
      <ul>
        {data.romeV3.fiches.map((f) => (
          <li key={f.code}>
            {t('rome.v3', {
              code: f.code,
              label: f.label ?? '—',
              successors: list(f.successors.map((s) => s.code)),
            })}
            {f.successors.some((s) => s.ofRole) &&
              ` (${t('rome.own', { codes: list(f.successors.filter((s) => s.ofRole).map((s) => s.code)) })})`}
            {f.citedBy.length > 0 && ` — ${t('rome.cited', { sources: list(f.citedBy) })}`}
          </li>
        ))}
      </ul>
      <p class="muted" lang={lang === 'fr' ? undefined : 'fr'}>
        {t('rome.source', { source: data.romeV3.source })}
      </p>
    </section>
  );
}

function Guide({ data, country, view }: { data: RoleGuideResponse; country: string; view: View }) {
  const { t, lang, money, int } = useI18n();
  const roles = useRoles();
  const { role, pay } = data;
  const name = role.name[lang];
  useTitle(t('role.title', { role: name }));
  const byLevel = pay.byLevel.map((g) => ({
    label:
      g.kind === 'modelled'
        ? `${t(`level.${g.level}`)} (${t(g.percentiles ? 'thin.modelled' : 'thin.pending')})`
        : t(`level.${g.level}`),
    group: g,
  }));
  const tjm = pay.freelanceDayRate;
  const isDayRate = (f: (typeof pay.published)[number]) => f.stated.period === 'day';
  const publishedRates = pay.published.filter(isDayRate);
  const paths = careerPathsSvg(
    {
      role: name,
      comesFrom: role.comesFrom.map(roles.name),
      leadsTo: role.leadsTo.map(roles.name),
    },
    { title: t('role.paths') },
  );
  return (
    <>
      <h1>{t('role.title', { role: name })}</h1>
      <p class="lead">{role.guide[lang]}</p>
      <p>
        <a
          href={pathFor(lang, 'explorer', { query: { role: role.id, country: country || 'all' } })}
        >
          {t('role.explore')}
        </a>
        {' · '}
        <a href={pathFor(lang, 'compare', { query: { role: role.id } })}>{t('nav.compare')}</a>
      </p>
      <div class="section-head">
        <h2 id="pay">{t('role.pay')}</h2>
        <label class="inline">
          {t('home.country')}{' '}
          <select
            value={country || 'all'}
            onChange={(e) =>
              navigate(
                pathFor(lang, 'role', {
                  param: role.id,
                  query: {
                    country: (e.currentTarget as HTMLSelectElement).value,
                    view: view === 'nominal' ? undefined : view,
                  },
                }),
                { replace: true },
              )
            }
          >
            <option value="all">{t('common.all')}</option>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {countryName(c, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="summary">
        {pay.overall.percentiles
          ? t('explorer.summary', {
              count: int(pay.overall.count),
              sources: pay.overall.sources,
              median: money(pay.overall.percentiles.p50, pay.overall.currency),
              basis: t(`basis.${pay.overall.basis}` as MessageKey),
              period: t(`period.${pay.overall.period}`),
            })
          : t('common.notEnoughLong', {
              count: int(pay.overall.count),
              min: pay.overall.minGroupSize,
            })}
      </p>
      <PayBy id="by-level" title={t('role.byLevel')} rows={byLevel} overall={pay.overall} />
      {byLevel.some((r) => r.group.kind === 'modelled') && (
        <p class="muted">
          {byLevel.some((r) => r.group.model?.state === 'pending')
            ? t('thin.pendingLong')
            : t('thin.legend')}
        </p>
      )}
      <ByCountry role={role.id} view={view} country={country} />
      <section aria-labelledby="tjm">
        <h2 id="tjm">{t('role.dayRate')}</h2>
        <p>
          {tjm.percentiles
            ? t('role.dayRateLine', {
                median: money(tjm.percentiles.p50, tjm.currency),
                p25: money(tjm.percentiles.p25, tjm.currency),
                p75: money(tjm.percentiles.p75, tjm.currency),
                count: int(tjm.count),
              })
            : t('common.notEnoughLong', { count: int(tjm.count), min: tjm.minGroupSize })}
        </p>
        {!tjm.percentiles && publishedRates.length > 0 && (
          <ul class="published">
            {publishedRates.map((f, i) => (
              <PublishedItem key={i} figure={f} />
            ))}
          </ul>
        )}
      </section>
      <PublishedList
        id="published"
        title={t('published.title')}
        note={t('published.intro')}
        figures={pay.published.filter((f) => !isDayRate(f))}
      />
      <RoleText role={role} />
      <RomeV3 data={data} />
      <section aria-labelledby="paths">
        <h2 id="paths">{t('role.paths')}</h2>
        <Chart svg={paths} caption={t('role.pathsCaption')} />
        <ul class="chips">
          {[...new Set([...role.comesFrom, ...role.leadsTo, ...role.adjacent])].map((id) => (
            <li key={id}>
              <a href={pathFor(lang, 'role', { param: id })}>{roles.name(id)}</a>
            </li>
          ))}
        </ul>
      </section>
      <Provenance stats={pay.overall} filter={{ role: role.id, country: country || undefined }} />
    </>
  );
}

export default function RolePage({ route }: PageProps) {
  const { t } = useI18n();
  const id = route.param ?? '';
  const known = (ROLE_IDS as readonly string[]).includes(id);
  // France first: no country in the URL means France; country=all means every country.
  const asked = route.query.get('country') ?? 'FR';
  const country = asked === 'all' ? '' : asked;
  const view = readView(route.query.get('view'));
  const guide = useApi<RoleGuideResponse>(
    known ? apiUrl(`/api/roles/${encodeURIComponent(id)}`, { country }) : null,
  );
  if (!known) return <p class="error">{t('role.notFound', { id })}</p>;
  return (
    <Loaded state={guide}>{(data) => <Guide data={data} country={country} view={view} />}</Loaded>
  );
}
