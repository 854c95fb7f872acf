/** The market page's blocks: key figures, charts (hand-written SVG bars) and the articles'
 * published figures, each with its count and source. */
import type { MarketFact, MarketResponse } from '../../contract/index.ts';
import { barsSvg, type BarRow } from '../charts/bars.ts';
import { useRoles } from '../api/use-roles.ts';
import { countryName } from '../format.ts';
import { useI18n, type I18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { Chart } from './chart.tsx';

export const percent = (i18n: I18n, share: number) => `${i18n.num(share * 100, 1)} %`;

function sourcesText(m: MarketResponse): string {
  return m.sources.map((s) => s.id).join(', ') || '—';
}

/** A bar chart with its caption saying the count and the sources. */
export function MarketChart(props: {
  id: string;
  title: string;
  rows: readonly BarRow[];
  format: (v: number) => string;
  market: MarketResponse;
  count: number;
}) {
  const { t, int } = useI18n();
  if (props.rows.length === 0) return null;
  const narrow = window.innerWidth < 600;
  return (
    <section aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      <Chart
        id={props.id}
        svg={barsSvg(props.rows, {
          title: props.title,
          format: props.format,
          // Drawn at the phone's own width there, so that its text is not scaled down.
          width: narrow ? 380 : 720,
          // About 7 px a character at the labels' 13 px.
          labelWidth: Math.min(
            narrow ? 190 : 320,
            Math.max(narrow ? 120 : 170, ...props.rows.map((r) => r.label.length * 7 + 16)),
          ),
        })}
        caption={t('market.caption', {
          count: int(props.count),
          unit: t(`market.unit.${props.market.basis}`),
          sources: sourcesText(props.market),
        })}
      />
    </section>
  );
}

export function KeyFigures({ m }: { m: MarketResponse }) {
  const i18n = useI18n();
  const { t, int } = i18n;
  const share = (value: number | null, count: number) =>
    value === null
      ? `${t('common.notEnough')} (${t('common.countShort', { count: int(count) })})`
      : `${percent(i18n, value)} (${t('common.countShort', { count: int(count) })})`;
  const items: [MessageKey, string][] = [
    ['market.postings', int(m.postings)],
    ['market.withPay', share(m.withPay, m.withPayCount)],
    ['market.remote', share(m.remoteShare, m.remoteCount)],
    ['market.hybrid', share(m.hybridShare, m.hybridCount)],
  ];
  if (m.basis === 'postings') items.push(['market.ai', share(m.aiShare, m.aiCount)]);
  return (
    <dl class="key-figures">
      {items.map(([key, value]) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function factText(i18n: I18n, f: MarketFact): string {
  const { t, int } = i18n;
  const about = f.approximate ? t('market.about') : '';
  if (f.kind === 'hubs') return t('market.fact.hubs', { places: f.places.join(', ') });
  if (f.kind === 'count')
    return t('market.fact.count', {
      value: `${about}${int(f.value ?? 0)}`,
      period: f.period ?? '—',
    });
  return t('market.fact.share', {
    value: `${about}${percent(i18n, f.value ?? 0)}`,
    subject: t(`market.subject.${f.subject}` as MessageKey),
  });
}

export function PublishedFacts({ facts }: { facts: readonly MarketFact[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const roles = useRoles();
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby="published-h" class="published">
      <h2 id="published-h">{t('market.published')}</h2>
      <p>{t('market.publishedLead')}</p>
      <ul>
        {facts.map((f, i) => (
          <li key={i}>
            {factText(i18n, f)}
            {f.role && ` (${roles.name(f.role)})`}{' '}
            <span class="source">
              — {t('market.source')} : {f.sourceTitle} ({f.sourceId})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PayChangeTable({ m }: { m: MarketResponse }) {
  const i18n = useI18n();
  const { t, int } = i18n;
  if (m.payChange.length === 0) return null;
  const signed = (v: number | null) =>
    v === null ? '—' : `${v >= 0 ? '+' : ''}${percent(i18n, v)}`;
  return (
    <section aria-labelledby="pay-change-h">
      <h2 id="pay-change-h">{t('market.payChange')}</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('market.year')}</th>
              <th scope="col">{t('market.likeForLike')}</th>
              <th scope="col">{t('market.cells')}</th>
              <th scope="col">{t('market.rawChange')}</th>
            </tr>
          </thead>
          <tbody>
            {m.payChange.map((c) => (
              <tr key={c.year}>
                <th scope="row">
                  {c.previousYear} → {c.year}
                </th>
                <td>{signed(c.change)}</td>
                <td>
                  {int(c.cells)} ({t('common.countShort', { count: int(c.postings) })})
                </td>
                <td>{signed(c.rawChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function placeLabel(lang: I18n['lang'], p: { place: string; city: string | null }): string {
  return p.city === null && /^[A-Z]{2}$/.test(p.place) ? countryName(p.place, lang) : p.place;
}

/** Posted pay per period: count, p25, median, p75 (null below the minimum group size). */
export function PayTable(props: {
  rows: readonly { label: string; pay: MarketResponse['pay'] }[];
  caption: string;
}) {
  const { t, int, moneyShort } = useI18n();
  if (props.rows.length === 0) return null;
  const eur = (v: number | null) => (v === null ? '—' : moneyShort(v, 'EUR'));
  return (
    <div class="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('market.period')}</th>
            <th scope="col">n</th>
            <th scope="col">p25</th>
            <th scope="col">{t('common.median')}</th>
            <th scope="col">p75</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{int(r.pay.count)}</td>
              <td>{eur(r.pay.p25)}</td>
              <td>{eur(r.pay.p50)}</td>
              <td>{eur(r.pay.p75)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
