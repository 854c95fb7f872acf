/** "Where does this figure come from?": count, sources, dates, conversions and a link to the
 * observations behind it. */
import type { StatsResponse } from '../../contract/index.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { conversionText, type ConversionContext } from '../provenance-text.ts';
import { pathFor } from '../routes.ts';
import { ServerDetail, StepList } from './trace.tsx';

/** Conversion steps by code, translated; the server's detail folded under them. */
export function Conversions({
  steps,
  context,
  extra,
}: {
  steps: readonly { step: string; detail: string }[];
  context: ConversionContext;
  extra?: readonly { label: string; text: string }[];
}) {
  const i18n = useI18n();
  const items = steps.map((c) => {
    const s = conversionText(c.step, context, i18n);
    return { label: s.label, text: s.text ?? c.step };
  });
  return (
    <>
      <StepList items={[...items, ...(extra ?? [])]} />
      <ServerDetail lines={steps.map((c) => `${c.step}: ${c.detail}`)} />
    </>
  );
}

export function Provenance({
  stats,
  filter,
}: {
  stats: StatsResponse;
  filter: Record<string, string | undefined>;
}) {
  const { t, lang, int, date } = useI18n();
  return (
    <details class="provenance">
      <summary>{t('common.provenance')}</summary>
      <ul>
        <li>
          {t('common.count', { count: int(stats.count) })},{' '}
          {t('common.sources', { count: stats.sources })}
        </li>
        {stats.dateRange && (
          <li>
            {t('common.dateRange', {
              from: date(stats.dateRange.from),
              to: date(stats.dateRange.to),
            })}
          </li>
        )}
        <li>
          {t('common.figures', {
            currency: stats.currency,
            basis: t(`basis.${stats.basis}` as MessageKey),
            period: t(`period.${stats.period}`),
          })}
        </li>
      </ul>
      {stats.conversions.length > 0 && (
        <>
          <p>{t('common.conversions')}</p>
          <Conversions
            steps={stats.conversions}
            context={{ of: 'stats', currency: stats.currency, period: stats.period }}
          />
        </>
      )}
      <p>
        <a href={pathFor(lang, 'sources', { query: filter })}>{t('common.seeObservations')}</a>
      </p>
    </details>
  );
}
