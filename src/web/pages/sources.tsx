/** Sources: each source with licence, count and dates; then the observations behind a figure
 * (the filter comes from the link that led here), with the evidence text where allowed. */
import type { Observation, ObservationsResponse, SourcesResponse } from '../../contract/index.ts';
import { apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRoles } from '../api/use-roles.ts';
import type { PageProps } from '../app.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { readExplorerState } from '../explorer-state.ts';
import { countryName, sourceTitle } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { pathFor } from '../routes.ts';

const PAGE = 20;

function SourceList({ data }: { data: SourcesResponse }) {
  const { t, int, date, lang } = useI18n();
  return (
    <div class="cards">
      {data.items.map((s) => (
        <article class="card" key={s.id} id={`source-${s.id}`}>
          <h2>{s.url ? <a href={s.url}>{sourceTitle(s, lang)}</a> : sourceTitle(s, lang)}</h2>
          <dl>
            <dt>{t('sources.publisher')}</dt>
            <dd>{s.publisher}</dd>
            <dt>{t('sources.licence')}</dt>
            <dd>{s.licence}</dd>
            <dt>{t('sources.count')}</dt>
            <dd>{int(s.observations)}</dd>
            <dt>{t('sources.dates')}</dt>
            <dd>
              {s.firstObservedOn && s.lastObservedOn
                ? `${date(s.firstObservedOn)} – ${date(s.lastObservedOn)}`
                : '—'}
            </dd>
            <dt>{t('sources.published')}</dt>
            <dd>{date(s.date)}</dd>
            <dt>{t('sources.evidence')}</dt>
            <dd>{s.evidenceShareable ? t('sources.evidenceYes') : t('sources.evidenceNo')}</dd>
          </dl>
        </article>
      ))}
    </div>
  );
}

function stated(o: Observation, money: (a: number, c: string) => string): string {
  const parts = [o.low, o.high].filter((v): v is number => v !== null);
  const unique = [...new Set(parts)];
  return unique.map((v) => money(v, o.currency)).join(' – ');
}

function ObservationRows({
  data,
  query,
}: {
  data: ObservationsResponse;
  query: Record<string, string | undefined>;
}) {
  const { t, lang, money, int, date } = useI18n();
  const roles = useRoles();
  const from = data.total === 0 ? 0 : data.offset + 1;
  const to = data.offset + data.items.length;
  const link = (offset: number) =>
    pathFor(lang, 'sources', { query: { ...query, offset: offset || undefined } });
  return (
    <>
      <p>{t('sources.shown', { from: int(from), to: int(to), total: int(data.total) })}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('sources.observations')}>
        <table class="observations">
          <thead>
            <tr>
              <th scope="col">{t('sources.col.value')}</th>
              <th scope="col" class="num">
                {t('sources.col.yearEur')}
              </th>
              <th scope="col">{t('sources.col.role')}</th>
              <th scope="col">{t('sources.col.place')}</th>
              <th scope="col">{t('sources.col.date')}</th>
              <th scope="col">{t('sources.col.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((o) => (
              <tr key={o.id}>
                <td>
                  {stated(o, money)}{' '}
                  <span class="muted">
                    {t(`basis.${o.basis}`)} {t(`period.${o.period}`)}
                  </span>
                </td>
                <td class="num">{o.valueYearEur === null ? '—' : money(o.valueYearEur, 'EUR')}</td>
                <td>
                  {o.roleId ? roles.name(o.roleId) : '—'}
                  {o.level ? `, ${t(`level.${o.level}` as MessageKey)}` : ''}
                  {o.rawTitle && <span class="muted"> ({o.rawTitle})</span>}
                </td>
                <td>
                  {[o.city, o.country ? countryName(o.country, lang) : null]
                    .filter(Boolean)
                    .join(', ') || '—'}
                </td>
                <td>{date(o.observedOn)}</td>
                <td class="evidence">
                  {o.provenance.evidence.some((e) => e.text !== null) ? (
                    o.provenance.evidence.map((e, i) =>
                      e.text === null ? null : <code key={i}>{e.text}</code>,
                    )
                  ) : (
                    <span class="muted">{t('sources.hidden')}</span>
                  )}
                  <span class="location">
                    {o.provenance.sourceId} ·{' '}
                    {t('sources.location', { location: o.provenance.location })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label={t('sources.observations')}>
        {data.offset > 0 && (
          <a href={link(Math.max(0, data.offset - PAGE))}>← {t('common.previous')}</a>
        )}
        {to < data.total && <a href={link(data.offset + PAGE)}>{t('common.next')} →</a>}
      </nav>
    </>
  );
}

export default function SourcesPage({ route }: PageProps) {
  const { t } = useI18n();
  useTitle(t('sources.title'));
  const sources = useApi<SourcesResponse>('/api/sources');
  const state = readExplorerState(route.query);
  const source = route.query.get('source') ?? undefined;
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  // The link that led here sets the filter: no country in it means every country (the
  // explorer's France default does not apply to a list of observations).
  const { country: _default, ...rest } = state.filter;
  const query = { ...(route.query.get('country') ? state.filter : rest), source };
  const observations = useApi<ObservationsResponse>(
    apiUrl('/api/observations', { ...query, limit: PAGE, offset }),
  );
  const filterText = Object.entries(query)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');
  return (
    <>
      <h1>{t('sources.title')}</h1>
      <p class="lead">{t('sources.lead')}</p>
      <Loaded state={sources}>{(data) => <SourceList data={data} />}</Loaded>
      <h2 id="observations">{t('sources.observations')}</h2>
      <p>{t('sources.filterLine', { filter: filterText || t('sources.noFilter') })}</p>
      <Loaded state={observations}>
        {(data) => <ObservationRows data={data} query={query} />}
      </Loaded>
    </>
  );
}
