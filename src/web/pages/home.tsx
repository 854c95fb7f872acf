/** Home: the search box and the live panorama of roles × seniority. */
import type { ClassifyResponse, PanoramaResponse, SourcesResponse } from '../../contract/index.ts';
import { apiGet, apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRoles } from '../api/use-roles.ts';
import type { PageProps } from '../app.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { COUNTRIES } from '../countries.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import { navigate } from '../navigation.ts';
import { findRole } from '../roles.ts';
import { pathFor } from '../routes.ts';
import { useState } from 'preact/hooks';

function Search() {
  const { t, lang } = useI18n();
  const roles = useRoles();
  const [missed, setMissed] = useState<{ query: string; closest: string[] } | null>(null);
  const [searching, setSearching] = useState(false);
  const go = (role: string) => navigate(pathFor(lang, 'role', { param: role }));
  /** A role name first; otherwise the title classifier ("ingénieur ml", "chercheur"). */
  const submit = (event: Event) => {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget as HTMLFormElement).get('q') ?? '');
    const role = findRole(query, roles.items ?? []);
    if (role) return go(role);
    if (!query.trim()) return setMissed({ query, closest: [] });
    setSearching(true);
    apiGet<ClassifyResponse>(apiUrl('/api/classify', { title: query.trim().slice(0, 300) })).then(
      (r) => {
        setSearching(false);
        if (!r.matched) return setMissed({ query, closest: r.closest });
        // "ingénieur ML junior Lyon": the level and the city it understood are kept.
        if (r.level || r.place)
          return navigate(
            pathFor(lang, 'explorer', {
              query: {
                role: r.role,
                level: r.level,
                country: r.place?.country,
                city: r.place?.city,
              },
            }),
          );
        go(r.role);
      },
      () => {
        setSearching(false);
        setMissed({ query, closest: [] });
      },
    );
  };
  return (
    <form class="search" role="search" onSubmit={submit}>
      <label for="q">{t('home.search')}</label>
      <div class="search-row">
        <input
          id="q"
          name="q"
          type="search"
          list="role-names"
          placeholder={t('home.searchPlaceholder')}
          autocomplete="off"
        />
        <button type="submit">{t('home.searchButton')}</button>
      </div>
      <datalist id="role-names">
        {roles.ids
          .filter((id) => id !== 'other')
          .map((id) => (
            <option key={id} value={roles.name(id)} />
          ))}
      </datalist>
      {searching && (
        <p class="muted" role="status">
          {t('home.searching')}
        </p>
      )}
      {missed !== null && (
        <p class="notice" role="status">
          {t('home.searchNoMatch', { query: missed.query })}{' '}
          {missed.closest.map((id) => (
            <span key={id}>
              <a href={pathFor(lang, 'role', { param: id })}>{roles.name(id)}</a>
              {' · '}
            </span>
          ))}
          <a href={pathFor(lang, 'explorer')}>{t('nav.explorer')}</a>
        </p>
      )}
    </form>
  );
}

type Cell = PanoramaResponse['rows'][number]['cells'][number];

/** The articles' own figure for a cell, short, beside ours ("publié 40–50 k€"). */
function PublishedLine({ cell, currency }: { cell: Pick<Cell, 'published'>; currency: string }) {
  const { t, moneyShort } = useI18n();
  const figures = cell.published.flatMap((f) => (f.converted ? [f.converted] : []));
  if (figures.length === 0) return null;
  const text = figures
    .map((c) => {
      const ends = [...new Set([c.low, c.high].filter((v): v is number => v !== null))];
      const range = ends.map((v) => moneyShort(v, currency)).join('–');
      return c.low === null ? `≤ ${range}` : range;
    })
    .join(', ');
  return <span class="pub">{t('home.published', { figures: text })}</span>;
}

function Panorama({ data, country }: { data: PanoramaResponse; country: string }) {
  const { t, lang, moneyShort, int } = useI18n();
  const roles = useRoles();
  const levels = data.levels.filter((level) =>
    data.rows.some((r) => r.cells.some((c) => c.level === level && c.count > 0)),
  );
  const rows = data.rows.filter((r) => r.all.count > 0);
  const cur = data.currency;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="panorama-caption">
      <table class="panorama">
        <caption id="panorama-caption">
          {t('home.panoramaCaption', {
            currency: cur,
            basis: t(`basis.${data.basis as 'gross'}`),
            period: t(`period.${data.period}`),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('home.role')}</th>
            <th scope="col">{t('home.allLevels')}</th>
            {levels.map((level) => (
              <th scope="col" key={level}>
                {t(`level.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cells = [
              { ...row.all, level: undefined, published: [] },
              ...levels.map((level) => row.cells.find((c) => c.level === level)),
            ];
            return (
              <tr key={row.role}>
                <th scope="row">
                  <a href={pathFor(lang, 'role', { param: row.role })}>{roles.name(row.role)}</a>
                </th>
                {cells.map((cell, i) => {
                  if (!cell) return <td key={i} />;
                  const href = pathFor(lang, 'explorer', {
                    query: { role: row.role, level: cell.level, country: country || 'all' },
                  });
                  const p = cell.percentiles;
                  if (!p) {
                    const why =
                      cell.model?.state === 'pending' ? t('thin.pending') : t('common.notEnough');
                    return (
                      <td key={i} class="na">
                        <a href={href} title={why}>
                          <span class="n">
                            {t('common.countShort', { count: int(cell.count) })}
                          </span>
                          <span class="sr-only"> — {why}</span>
                          <PublishedLine cell={cell} currency={cur} />
                        </a>
                      </td>
                    );
                  }
                  if (cell.kind === 'modelled') {
                    return (
                      <td key={i} class="modelled">
                        <a
                          href={href}
                          title={t('thin.modelledNote', {
                            confidence: t(`confidence.${cell.model?.confidence ?? 'low'}`),
                            count: int(cell.model?.observations ?? 0),
                          })}
                        >
                          <em>≈ {moneyShort(p.p50, cur)}</em>
                          <span class="range">
                            {moneyShort(p.p25, cur)}–{moneyShort(p.p75, cur)}
                          </span>
                          <span class="n">
                            {t('thin.modelledShort')} ·{' '}
                            {t('common.countShort', { count: int(cell.count) })}
                          </span>
                          <span class="sr-only"> — {t('thin.modelled')}</span>
                          <PublishedLine cell={cell} currency={cur} />
                        </a>
                      </td>
                    );
                  }
                  return (
                    <td key={i}>
                      <a href={href}>
                        <strong>{moneyShort(p.p50, cur)}</strong>
                        <span class="range">
                          {moneyShort(p.p25, cur)}–{moneyShort(p.p75, cur)}
                        </span>
                        <span class="n">
                          {t('common.countShort', { count: int(cell.count) })}
                          {cell.sources > 1
                            ? ` · ${t('common.sources', { count: cell.sources })}`
                            : ''}
                        </span>
                        <PublishedLine cell={cell} currency={cur} />
                      </a>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function HomePage({ route }: PageProps) {
  const { t, lang, int } = useI18n();
  const roles = useRoles();
  useTitle(t('home.title'));
  // France first: the panorama opens on France; "all" shows every country.
  const selected = route.query.get('country') ?? 'FR';
  const country = selected === 'all' ? '' : selected;
  const panorama = useApi<PanoramaResponse>(apiUrl('/api/panorama', { country }));
  const sources = useApi<SourcesResponse>('/api/sources');
  const total = sources.data?.items.reduce((sum, s) => sum + s.observations, 0);
  return (
    <>
      <section class="hero">
        <h1>{t('home.title')}</h1>
        <p class="lead">{t('home.lead')}</p>
        <Search />
      </section>
      <section aria-labelledby="panorama-title">
        <div class="section-head">
          <h2 id="panorama-title">{t('home.panorama')}</h2>
          <label class="inline">
            {t('home.country')}{' '}
            <select
              value={selected}
              onChange={(e) =>
                navigate(
                  pathFor(lang, 'home', {
                    query: { country: (e.currentTarget as HTMLSelectElement).value },
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
        <Loaded state={roles.ready ? panorama : { ...panorama, data: null }}>
          {(data) => <Panorama data={data} country={country} />}
        </Loaded>
        <p class="muted">{t('thin.legend')}</p>
        {sources.data && total !== undefined && (
          <p class="source-line">
            {t('home.sourcesLine', { count: int(total), sources: sources.data.items.length })}
            <a href={pathFor(lang, 'sources', { query: { country } })}>{t('nav.sources')}</a>
          </p>
        )}
      </section>
    </>
  );
}
