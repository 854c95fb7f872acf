/** Estimator: a profile → the range (p10–p90), the waterfall of factors from the base to the
 * median, the confidence, and for France the net and the equivalent freelance day rates. */
import type { EstimateResponse } from '../../contract/index.ts';
import { COMPANY_SIZES, EMPLOYMENTS, LEVELS, REMOTES } from '../../domain/observation.ts';
import { PERIODS } from '../../domain/money.ts';
import { apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRoles } from '../api/use-roles.ts';
import { useRouteAvailable } from '../api/use-route.ts';
import type { PageProps } from '../app.tsx';
import { waterfallSvg } from '../charts/waterfall.ts';
import { Chart } from '../components/chart.tsx';
import { InputField, SelectField, submitToUrl } from '../components/form-fields.tsx';
import { Conversions } from '../components/provenance.tsx';
import { ErrorNote, useTitle } from '../components/status.tsx';
import { ServerDetail } from '../components/trace.tsx';
import { factorLabel, freelanceFailureKey } from '../estimate-text.ts';
import { COUNTRIES, CURRENCIES } from '../countries.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import { fallbackText } from '../provenance-text.ts';
import { pathFor } from '../routes.ts';

/** Inputs the model shows but does not use, named as the form names them. */
const IGNORED_LABEL: Record<EstimateResponse['profile']['ignored'][number], MessageKey> = {
  years: 'estimator.years',
  city: 'explorer.city',
  sector: 'estimator.sector',
};

const KEYS = [
  'role',
  'title',
  'level',
  'years',
  'country',
  'city',
  'remote',
  'companySize',
  'employment',
  'currency',
  'period',
] as const;

function Result({ data }: { data: EstimateResponse }) {
  const i18n = useI18n();
  const { t, money, moneyShort, int, lang } = i18n;
  const roles = useRoles();
  const p = data.percentiles;
  const cur = data.currency;
  const period = t(`period.${data.period}`);
  if (!p) return <p class="notice">{t('estimator.none')}</p>;
  const svg = waterfallSvg(
    data.contributions.map((c) => ({
      label: factorLabel(c, data.profile, i18n, roles.name),
      value: c.value,
    })),
    {
      title: t('estimator.waterfall'),
      totalLabel: t('common.median'),
      format: (v) => moneyShort(v, cur),
      formatDelta: (v) => `${v >= 0 ? '+' : '−'}${moneyShort(Math.abs(v), cur)}`,
    },
  );
  const tjmFailed = data.tjm.every((row) => row.tjm === null);
  return (
    <section class="result" aria-labelledby="estimate-title" aria-live="polite">
      <h2 id="estimate-title">{t('estimator.result')}</h2>
      <p class="big" id="estimate-range">
        {money(p.p25, cur)} – {money(p.p75, cur)}
      </p>
      <p>
        {t('estimator.line', {
          median: money(p.p50, cur),
          p10: money(p.p10, cur),
          p90: money(p.p90, cur),
          basis: t('basis.gross'),
          period,
        })}
      </p>
      <p>
        <strong>{t('estimator.confidence')}</strong>{' '}
        {t(`confidence.${data.confidence}` as MessageKey)} ·{' '}
        {t('estimator.basedOn', {
          count: int(data.observations),
          fallback: fallbackText(data.fallback, t),
        })}
      </p>
      {data.profile.roleFromTitle && !data.profile.roleFromTitle.matched && (
        <p class="notice" role="status">
          {t('estimator.unmatched', { title: data.profile.roleFromTitle.title })}{' '}
          {data.profile.roleFromTitle.closest.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <a
                href={pathFor(lang, 'estimator', {
                  query: { role: id, level: data.profile.level, country: data.profile.country },
                })}
              >
                {roles.name(id)}
              </a>
            </span>
          ))}
          {lang === 'fr' ? ' ?' : '?'}
        </p>
      )}
      {data.profile.ignored.length > 0 && (
        <p class="muted">
          {t('estimator.ignored', {
            fields: data.profile.ignored.map((f) => t(IGNORED_LABEL[f])).join(', '),
          })}
        </p>
      )}
      <h3>{t('estimator.waterfall')}</h3>
      <Chart id="waterfall" svg={svg} caption={t('estimator.waterfallCaption')} />
      {data.net.percentiles ? (
        <p id="estimate-net">
          <strong>{t('estimator.net')}</strong> {money(data.net.percentiles.p25, cur)} –{' '}
          {money(data.net.percentiles.p75, cur)} ({t('common.median')}{' '}
          {money(data.net.percentiles.p50, cur)}, {period}).{' '}
          <span class="muted">{t('note.netFrance')}</span>
        </p>
      ) : (
        <p class="muted" id="estimate-net">
          {data.profile.country !== 'FR'
            ? t('note.netFranceOnly')
            : data.profile.employment === 'freelance'
              ? t('note.netFreelance')
              : t('note.netUnavailable')}
        </p>
      )}
      {data.tjm.length > 0 && (
        <table>
          <caption>{t('estimator.tjm')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('freelance.status')}</th>
              <th scope="col" class="num">
                {t('freelance.tjm')}
              </th>
              <th scope="col" class="num">
                {t('freelance.days')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.tjm.map((row) => (
              <tr key={row.status}>
                <th scope="row">{t(`status.${row.status}` as MessageKey)}</th>
                {row.tjm === null ? (
                  <td colSpan={2} class="muted">
                    {t(freelanceFailureKey(row.status, tjmFailed))}
                    <ServerDetail lines={[row.note]} />
                  </td>
                ) : (
                  <>
                    <td class="num">{money(row.tjm, 'EUR')}</td>
                    <td class="num">{int(row.days)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details class="provenance">
        <summary>{t('common.provenance')}</summary>
        <Conversions
          steps={data.conversions}
          context={{
            of: 'estimate',
            currency: cur,
            period: data.period,
            model: {
              trainedOn: data.model.trainedOn,
              fallback: data.fallback,
              observations: data.observations,
            },
          }}
          extra={[
            {
              label: t('estimator.modelVersion'),
              text: data.model.version,
            },
          ]}
        />
      </details>
    </section>
  );
}

/** The first estimate after a server start waits for the model fit (seconds): say so. */
function Estimate({ url }: { url: string }) {
  const { t } = useI18n();
  const state = useApi<EstimateResponse>(url);
  if (state.error) return <ErrorNote error={state.error} />;
  if (state.loading || state.data === null) {
    return (
      <p class="loading computing" id="estimate-loading" role="status" aria-busy="true">
        <span class="spinner" aria-hidden="true" /> {t('estimator.computing')}
      </p>
    );
  }
  return <Result data={state.data} />;
}

export default function EstimatorPage({ route }: PageProps) {
  const { t, lang } = useI18n();
  const roles = useRoles();
  useTitle(t('estimator.title'));
  const available = useRouteAvailable('/api/estimate');
  const q = Object.fromEntries(KEYS.map((k) => [k, route.query.get(k) ?? ''])) as Record<
    (typeof KEYS)[number],
    string
  >;
  const asked = Boolean(q.role || q.title);
  const any = t('common.any');
  return (
    <>
      <h1>{t('estimator.title')}</h1>
      <p class="lead">{t('estimator.lead')}</p>
      <p class="contribute-cta">
        {t('contribute.ctaLead')}{' '}
        <a href={pathFor(lang, 'contribute')} id="contribute-link">
          {t('contribute.cta')}
        </a>
      </p>
      <form
        class="form-grid"
        key={route.query.toString()}
        onSubmit={(e) => submitToUrl(e, pathFor(lang, 'estimator'), navigate)}
      >
        <SelectField
          name="role"
          label={t('explorer.role')}
          value={q.role}
          anyLabel={any}
          options={roles.ids.map((id) => [id, roles.name(id)] as const)}
        />
        <InputField name="title" label={t('estimator.jobTitle')} value={q.title} />
        <SelectField
          name="level"
          label={t('explorer.level')}
          value={q.level}
          anyLabel={any}
          options={LEVELS.map((l) => [l, t(`level.${l}`)] as const)}
        />
        <InputField
          name="years"
          label={t('estimator.years')}
          value={q.years}
          type="number"
          min={0}
          max={60}
          step={1}
        />
        <SelectField
          name="country"
          label={t('home.country')}
          value={q.country}
          anyLabel={any}
          options={COUNTRIES.map((c) => [c, countryName(c, lang)] as const)}
        />
        <InputField name="city" label={t('explorer.city')} value={q.city} />
        <SelectField
          name="remote"
          label={t('explorer.remote')}
          value={q.remote}
          anyLabel={any}
          options={REMOTES.map((v) => [v, t(`remote.${v}`)] as const)}
        />
        <SelectField
          name="companySize"
          label={t('explorer.companySize')}
          value={q.companySize}
          anyLabel={any}
          options={COMPANY_SIZES.map((v) => [v, t(`companySize.${v}`)] as const)}
        />
        <SelectField
          name="employment"
          label={t('explorer.employment')}
          value={q.employment}
          anyLabel={any}
          options={EMPLOYMENTS.map((v) => [v, t(`employment.${v}`)] as const)}
        />
        <SelectField
          name="currency"
          label={t('explorer.currency')}
          value={q.currency || 'EUR'}
          options={CURRENCIES.map((c) => [c, c] as const)}
        />
        <SelectField
          name="period"
          label={t('explorer.period')}
          value={q.period || 'year'}
          options={PERIODS.map((p) => [p, t(`periodName.${p}`)] as const)}
        />
        <div class="field actions">
          <button type="submit">{t('estimator.submit')}</button>
        </div>
      </form>
      {available === false && (
        <p class="notice">{t('unavailable', { message: 'GET /api/estimate' })}</p>
      )}
      {available && asked && <Estimate url={apiUrl('/api/estimate', q)} />}
      {available && !asked && <p class="muted">{t('estimator.hint')}</p>}
    </>
  );
}
