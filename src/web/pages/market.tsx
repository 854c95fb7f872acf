/** Market: how many postings, where, with what pay and how much remote work, charts first;
 * each figure with its count and source, and the figures articles publish. */
import type { MarketFactsResponse, MarketResponse, SourcesResponse } from '../../contract/index.ts';
import { apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRoles } from '../api/use-roles.ts';
import type { PageProps } from '../app.tsx';
import type { BarRow } from '../charts/bars.ts';
import { MarketFilters, readMarketParams } from '../components/market-filters.tsx';
import {
  KeyFigures,
  MarketChart,
  PayChangeTable,
  PayTable,
  PublishedFacts,
  percent,
  placeLabel,
} from '../components/market-sections.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';

const TOP = 10;

function Results({ m }: { m: MarketResponse }) {
  const i18n = useI18n();
  const { t, int, moneyShort, lang } = i18n;
  const roles = useRoles();
  const n = (count: number) => t('common.countShort', { count: int(count) });
  const missing = (count: number) => `${t('common.notEnough')} (${n(count)})`;
  const eur = (v: number) => moneyShort(v, 'EUR');
  const pct = (v: number) => percent(i18n, v);
  // Records carry only their year (dated 1 July): months are for postings.
  const byMonth = m.basis === 'postings' && m.months.length > 1;
  const timeRows: BarRow[] = byMonth
    ? m.months.map((x) => ({ label: x.month, value: x.postings }))
    : m.years.map((y) => ({ label: String(y.year), value: y.postings }));
  const payRows: BarRow[] = (m.basis === 'postings' ? m.payByQuarter : []).map((q) => ({
    label: `${q.quarter} (${n(q.count)})`,
    value: q.p50,
    missing: missing(q.count),
  }));
  const yearPayRows: BarRow[] = m.years.map((y) => ({
    label: `${y.year} (${n(y.pay.count)})`,
    value: y.pay.p50,
    missing: missing(y.pay.count),
  }));
  const place = (p: MarketResponse['places'][number]) => placeLabel(lang, p);
  const mixLabel = (prefix: string, v: string | null) =>
    v === null ? t('market.notStated') : t(`${prefix}.${v}` as MessageKey);
  if (m.postings === 0) return <p class="summary">{t('market.empty')}</p>;
  return (
    <>
      <p class="summary" aria-live="polite">
        {t(`market.summary.${m.basis}`, {
          count: int(m.postings),
          sources: m.sources.map((s) => s.id).join(', '),
          from: m.dateRange?.from ?? '—',
          to: m.dateRange?.to ?? '—',
        })}
      </p>
      <KeyFigures m={m} />
      <MarketChart
        id="market-time"
        title={t(byMonth ? 'market.byMonth' : `market.byYear.${m.basis}`)}
        rows={timeRows}
        format={(v) => int(v)}
        market={m}
        count={m.postings}
      />
      <MarketChart
        id="market-remote"
        title={t('market.remoteByYear')}
        rows={m.years.map((y) => ({
          label: `${y.year} (${n(y.postings)})`,
          value: y.remoteShare,
          missing: missing(y.postings),
        }))}
        format={pct}
        market={m}
        count={m.postings}
      />
      <MarketChart
        id="market-places"
        title={t('market.hubs')}
        rows={m.places.slice(0, TOP).map((p) => ({ label: place(p), value: p.postings }))}
        format={(v) => int(v)}
        market={m}
        count={m.postings}
      />
      <MarketChart
        id="market-pay"
        title={t(payRows.length ? 'market.payByQuarter' : 'market.payByYear')}
        rows={payRows.length ? payRows : yearPayRows}
        format={eur}
        market={m}
        count={m.pay.count}
      />
      <PayTable
        caption={t('market.payQuartiles')}
        rows={
          m.basis === 'postings'
            ? m.payByQuarter.map(({ quarter, ...pay }) => ({ label: quarter, pay }))
            : m.years.map((y) => ({ label: String(y.year), pay: y.pay }))
        }
      />
      <MarketChart
        id="market-places-pay"
        title={t('market.hubsByPay')}
        rows={m.placesByPay.slice(0, TOP).map((p) => ({
          label: `${place(p)} (${n(p.pay.count)})`,
          value: p.pay.p50,
        }))}
        format={eur}
        market={m}
        count={m.pay.count}
      />
      <PayChangeTable m={m} />
      <MarketChart
        id="market-contracts"
        title={t('market.contracts')}
        rows={m.contracts.map((c) => ({
          label: `${mixLabel('contract', c.contract)} (${n(c.postings)})`,
          value: c.share,
          missing: missing(c.postings),
        }))}
        format={pct}
        market={m}
        count={m.postings}
      />
      <MarketChart
        id="market-sizes"
        title={t('market.companySizes')}
        rows={m.companySizes.map((c) => ({
          label: mixLabel('companySize', c.companySize),
          value: c.postings,
        }))}
        format={(v) => int(v)}
        market={m}
        count={m.postings}
      />
      {m.sectors.some((s) => s.sector !== null) && (
        <MarketChart
          id="market-sectors"
          title={t('market.sectors')}
          rows={m.sectors.slice(0, TOP).map((s) => ({
            label: s.sector ?? t('market.notStated'),
            value: s.postings,
          }))}
          format={(v) => int(v)}
          market={m}
          count={m.postings}
        />
      )}
      {m.basis === 'postings' && (
        <MarketChart
          id="market-ai"
          title={t('market.aiByRole')}
          rows={m.aiByRole.slice(0, TOP).map((r) => ({
            label: `${r.role ? roles.name(r.role) : t('market.notStated')} (${n(r.postings)})`,
            value: r.share,
            missing: missing(r.postings),
          }))}
          format={pct}
          market={m}
          count={m.postings}
        />
      )}
      <MarketChart
        id="market-remote-country"
        title={t('market.remoteByCountry', { year: m.years.at(-1)?.year ?? '' })}
        rows={m.remoteByCountry
          .filter((r) => r.year === m.years.at(-1)?.year)
          .slice(0, TOP)
          .map((r) => ({
            label: `${r.country ? countryName(r.country, lang) : '—'} (${n(r.postings)})`,
            value: r.remoteShare,
          }))}
        format={pct}
        market={m}
        count={m.postings}
      />
      <details class="provenance">
        <summary>{t('common.provenance')}</summary>
        <ul>
          {m.notes.map((x) => (
            <li key={x.step}>{t(`market.note.${x.step}` as MessageKey)}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

export default function MarketPage({ route }: PageProps) {
  const { t } = useI18n();
  useTitle(t('market.title'));
  const params = readMarketParams(route.query);
  const market = useApi<MarketResponse>(apiUrl('/api/market', params));
  const facts = useApi<MarketFactsResponse>('/api/market/facts');
  const sources = useApi<SourcesResponse>('/api/sources');
  return (
    <>
      <h1>{t('market.title')}</h1>
      <p class="lead">{t('market.lead')}</p>
      <MarketFilters params={params} sources={sources.data?.items.map((s) => s.id) ?? []} />
      <Loaded state={market}>{(m) => <Results m={m} />}</Loaded>
      <Loaded state={facts}>{(f) => <PublishedFacts facts={f.items} />}</Loaded>
    </>
  );
}
