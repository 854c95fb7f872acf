/** Compare countries: one role's median pay across countries, nominal (at exchange rates),
 * at purchasing-power parity, and net where the rules are known, side by side. */
import type { CompareResponse } from '../../contract/index.ts';
import { LEVELS } from '../../domain/observation.ts';
import { apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { PageProps } from '../app.tsx';
import { barsSvg } from '../charts/bars.ts';
import { Chart } from '../components/chart.tsx';
import { SelectField, submitToUrl } from '../components/form-fields.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { Trace } from '../components/trace.tsx';
import { COUNTRIES } from '../countries.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import { navigate } from '../navigation.ts';
import { ROLE_IDS, roleLabel } from '../roles.ts';
import { pathFor } from '../routes.ts';

const VIEWS = ['nominal', 'ppp', 'net'] as const;
type View = (typeof VIEWS)[number];

function Results({
  data,
  view,
  query,
}: {
  data: CompareResponse;
  view: View;
  query: Record<string, string>;
}) {
  const { t, lang, money, moneyShort, int, date } = useI18n();
  const cur = data.currency;
  const rows = data.countries.filter((c) => c.status === 'ok');
  const small = data.countries.filter((c) => c.status !== 'ok' && c.count > 0);
  const sorted = [...rows].sort((a, b) => (b[view] ?? -1) - (a[view] ?? -1));
  const svg = barsSvg(
    sorted.map((c) => ({
      label: countryName(c.country, lang),
      value: c[view],
      missing:
        c.status === 'ok'
          ? t('compare.noValue')
          : `${t('common.notEnough')} (${t('common.countShort', { count: int(c.count) })})`,
    })),
    { title: t(`compare.view.${view}`), format: (v) => moneyShort(v, cur) },
  );
  return (
    <>
      <nav aria-label={t('compare.views')} class="views">
        {VIEWS.map((v) => (
          <a
            key={v}
            href={pathFor(lang, 'compare', {
              query: { ...query, view: v === 'nominal' ? undefined : v },
            })}
            aria-current={v === view ? 'true' : undefined}
          >
            {t(`compare.view.${v}`)}
          </a>
        ))}
      </nav>
      <Chart
        id="compare-chart"
        svg={svg}
        caption={t('compare.caption', {
          currency: cur,
          period: t(`period.${data.period}`),
          date: date(data.date),
          reference: countryName(data.reference, lang),
        })}
      />
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('compare.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('home.country')}</th>
              <th scope="col" class="num">
                n
              </th>
              <th scope="col" class="num">
                {t('compare.view.nominal')}
              </th>
              <th scope="col" class="num">
                {t('compare.view.ppp')}
              </th>
              <th scope="col" class="num">
                {t('compare.view.net')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={c.country}>
                <th scope="row">
                  {countryName(c.country, lang)}
                  <Trace steps={c.trace} />
                </th>
                <td class="num">{int(c.count)}</td>
                {c.status === 'ok' ? (
                  <>
                    <td class="num">{c.nominal === null ? '—' : money(c.nominal, cur)}</td>
                    <td class="num">{c.ppp === null ? '—' : money(c.ppp, cur)}</td>
                    <td class="num">{c.net === null ? '—' : money(c.net, cur)}</td>
                  </>
                ) : (
                  <td colSpan={3} class="na-cell">
                    {t('common.notEnoughLong', { count: int(c.count), min: data.minGroupSize })}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {small.length > 0 && (
        <p class="muted">
          {t('compare.small', { min: data.minGroupSize })}{' '}
          {small.map((c) => `${countryName(c.country, lang)} (${int(c.count)})`).join(', ')}.
        </p>
      )}
    </>
  );
}

export default function ComparePage({ route }: PageProps) {
  const { t, lang } = useI18n();
  useTitle(t('compare.title'));
  const q = route.query;
  const role = q.get('role') || 'data-scientist';
  const level = q.get('level') ?? '';
  const reference = q.get('reference') || 'FR';
  const viewParam = q.get('view') ?? 'nominal';
  const view: View = (VIEWS as readonly string[]).includes(viewParam)
    ? (viewParam as View)
    : 'nominal';
  const query = { role, level, reference };
  const result = useApi<CompareResponse>(apiUrl('/api/compare', { role, level, reference }));
  return (
    <>
      <h1>{t('compare.title')}</h1>
      <p class="lead">{t('compare.lead')}</p>
      <form
        class="form-grid"
        key={q.toString()}
        onSubmit={(e) => submitToUrl(e, pathFor(lang, 'compare'), navigate)}
      >
        <SelectField
          name="role"
          label={t('explorer.role')}
          value={role}
          options={ROLE_IDS.map((id) => [id, roleLabel(t, id)] as const)}
        />
        <SelectField
          name="level"
          label={t('explorer.level')}
          value={level}
          anyLabel={t('common.any')}
          options={LEVELS.map((l) => [l, t(`level.${l}`)] as const)}
        />
        <SelectField
          name="reference"
          label={t('compare.reference')}
          value={reference}
          options={COUNTRIES.map((c) => [c, countryName(c, lang)] as const)}
        />
        <input type="hidden" name="view" value={view === 'nominal' ? '' : view} />
        <div class="field actions">
          <button type="submit">{t('compare.submit')}</button>
        </div>
      </form>
      <Loaded state={result}>{(data) => <Results data={data} view={view} query={query} />}</Loaded>
    </>
  );
}
