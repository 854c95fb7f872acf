/** Published figures beside ours: an article's range or an official median, as stated and on
 * our scale, with its source and licence (attribution). */
import type { PublishedFigure } from '../../contract/index.ts';
import { countryName, sourceTitle } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';

function useFigure() {
  const { t, money } = useI18n();
  return (
    f: { low: number | null; mid: number | null; high: number | null; currency: string },
    period: string,
    basis: string,
  ) => {
    const parts = [f.low, f.mid, f.high].filter((v): v is number => v !== null);
    const unique = [...new Set(parts)];
    const amount =
      f.low !== null && f.high !== null && f.mid !== null
        ? `${money(f.low, f.currency)} – ${money(f.mid, f.currency)} – ${money(f.high, f.currency)}`
        : unique.length === 2
          ? `${money(unique[0] as number, f.currency)}–${money(unique[1] as number, f.currency)}`
          : f.low === null && f.high !== null && f.mid === null
            ? `≤ ${money(f.high, f.currency)}`
            : money(unique[0] ?? 0, f.currency);
    const b = basis === 'gross' || basis === 'net' ? ` ${t(`basis.${basis}`)}` : '';
    return `${amount}${b} ${t(`period.${period}` as MessageKey)}`;
  };
}

export function PublishedItem({ figure: f }: { figure: PublishedFigure }) {
  const { t, lang } = useI18n();
  const show = useFigure();
  const what = f.occupation
    ? `${f.occupation.system} ${f.occupation.code} ${f.occupation.label}`
    : [f.level ? t(`level.${f.level}`) : null, f.country ? countryName(f.country, lang) : null]
        .filter(Boolean)
        .join(', ');
  const c = f.converted;
  // Said again only when our scale differs from the one published.
  const converted =
    c &&
    (c.period !== f.stated.period || c.basis !== f.stated.basis || c.currency !== f.stated.currency)
      ? c
      : null;
  return (
    <li>
      <strong>
        {t('published.stated', { figure: show(f.stated, f.stated.period, f.stated.basis) })}
      </strong>
      {converted &&
        ` (${t('published.converted', { figure: show(converted, converted.period, converted.basis) })})`}
      {' — '}
      {what && `${what}, `}
      {f.region && f.occupation ? `${f.region}, ` : ''}
      {f.years.from === f.years.to
        ? f.years.from
        : t('published.years', { from: f.years.from, to: f.years.to })}
      .{' '}
      <span class="muted">
        {t(f.kind === 'official' ? 'published.official' : 'published.article')}
        {lang === 'fr' ? ' : ' : ': '}
        {f.source.url ? (
          <a href={f.source.url}>{sourceTitle(f.source, lang)}</a>
        ) : (
          sourceTitle(f.source, lang)
        )}
        {f.kind === 'official' && ` (${f.source.licence})`}
      </span>
    </li>
  );
}

export function PublishedList({
  figures,
  id,
  title,
  note,
}: {
  figures: readonly PublishedFigure[];
  id: string;
  title: string;
  note?: string;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p class="muted">{note}</p>}
      {figures.length === 0 ? (
        <p>{t('published.none')}</p>
      ) : (
        <ul class="published">
          {figures.map((f, i) => (
            <PublishedItem key={i} figure={f} />
          ))}
        </ul>
      )}
    </section>
  );
}
