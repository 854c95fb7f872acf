/** One role's median pay by country, nominal (at exchange rates), at purchasing-power parity,
 * or net where the rules are known: view links, a bar chart and the table of all three. Used by
 * the compare page and the role guide. */
import type { CompareResponse } from '../../contract/index.ts';
import { barsSvg } from '../charts/bars.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import { Chart } from './chart.tsx';
import { PublishedList } from './published.tsx';
import { Trace } from './trace.tsx';

export const VIEWS = ['nominal', 'ppp', 'net'] as const;
export type View = (typeof VIEWS)[number];

export function readView(value: string | null): View {
  return (VIEWS as readonly string[]).includes(value ?? '') ? (value as View) : 'nominal';
}

export function CountryPay({
  data,
  view,
  hrefFor,
  id,
  limit,
  fold,
  references = true,
}: {
  data: CompareResponse;
  view: View;
  /** The link that shows another view (the view lives in the URL). */
  hrefFor: (view: View) => string;
  id: string;
  /** At most this many countries, the largest groups first. */
  limit?: number;
  /** Fold the table under "chart data" (the role guide) rather than show it (compare page). */
  fold?: boolean;
  /** Show the official reference lines (the role guide lists them with its published figures). */
  references?: boolean;
}) {
  const { t, lang, money, moneyShort, int, date } = useI18n();
  const cur = data.currency;
  // Observed countries first, then modelled ones (thin groups), the largest groups first.
  const largest = data.countries
    .filter((c) => c.nominal !== null)
    .sort(
      (a, b) => Number(a.kind === 'modelled') - Number(b.kind === 'modelled') || b.count - a.count,
    )
    .slice(0, limit);
  const small = data.countries.filter((c) => c.nominal === null && c.count > 0);
  const name = (c: (typeof data.countries)[number]) =>
    c.kind === 'modelled'
      ? `${countryName(c.country, lang)} (${t('thin.modelled')})`
      : countryName(c.country, lang);
  const sorted = [...largest].sort((a, b) => (b[view] ?? -1) - (a[view] ?? -1));
  const charted = view === 'net' ? sorted.filter((c) => c.net !== null) : sorted;
  const table = (
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
                {c.kind === 'modelled' ? <em>{name(c)}</em> : name(c)}
                <Trace steps={c.trace} />
              </th>
              <td class="num">{int(c.count)}</td>
              <td class="num">{c.nominal === null ? '—' : money(c.nominal, cur)}</td>
              <td class="num">{c.ppp === null ? '—' : money(c.ppp, cur)}</td>
              <td class="num">{c.net === null ? '—' : money(c.net, cur)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const smallLine = small.length > 0 && (
    <p class="muted">
      {t('compare.small', { min: data.minGroupSize })}{' '}
      {small.map((c) => `${countryName(c.country, lang)} (${int(c.count)})`).join(', ')}.
    </p>
  );
  const svg = barsSvg(
    charted.map((c) => ({
      label: name(c),
      value: c[view],
      missing: t('compare.noValue'),
    })),
    { title: t(`compare.view.${view}`), format: (v) => moneyShort(v, cur) },
  );
  return (
    <>
      <nav aria-label={t('compare.views')} class="views">
        {VIEWS.map((v) => (
          <a key={v} href={hrefFor(v)} aria-current={v === view ? 'true' : undefined}>
            {t(`compare.view.${v}`)}
          </a>
        ))}
      </nav>
      {view === 'net' && <p class="muted">{t('role.viewNetFrance')}</p>}
      <Chart
        id={id}
        svg={svg}
        caption={t('compare.caption', {
          currency: cur,
          period: t(`period.${data.period}`),
          date: date(data.date),
          reference: countryName(data.reference, lang),
        })}
      />
      {largest.some((c) => c.kind === 'modelled') && <p class="muted">{t('thin.legend')}</p>}
      {references && data.published.length > 0 && (
        <PublishedList
          id={`${id}-published`}
          title={t('published.reference')}
          note={t('published.referenceNote')}
          figures={data.published}
        />
      )}
      {fold ? (
        <details>
          <summary>{t('common.chartData')}</summary>
          {table}
          {smallLine}
        </details>
      ) : (
        <>
          {table}
          {smallLine}
        </>
      )}
    </>
  );
}
