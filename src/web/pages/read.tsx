/** Read a text: paste a job ad or an article → the salary facts highlighted in the text, each
 * with its normalized yearly value (the extractor, live through POST /api/extract). */
import { useEffect, useState } from 'preact/hooks';
import type { ExtractResponse } from '../../contract/index.ts';
import { ApiError, apiPost } from '../api/client.ts';
import { useRoles } from '../api/use-roles.ts';
import type { PageProps } from '../app.tsx';
import { ErrorNote, Loading, useTitle } from '../components/status.tsx';
import { ServerDetail, Trace } from '../components/trace.tsx';
import { countryName } from '../format.ts';
import { highlightPieces } from '../highlight.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import { pathFor } from '../routes.ts';

type Fact = ExtractResponse['facts'][number];

function FactItem({ fact, index }: { fact: Fact; index: number }) {
  const { t, lang, money } = useI18n();
  const roles = useRoles();
  const amount = (low: number | null, high: number | null, cur: string) =>
    [...new Set([low, high].filter((v): v is number => v !== null))]
      .map((v) => money(v, cur))
      .join(' – ');
  const n = fact.normalized;
  return (
    <li id={`fact-${index + 1}`}>
      <strong>
        {index + 1}. {amount(fact.low, fact.high, fact.currency)}
      </strong>{' '}
      {fact.basis && t(`basis.${fact.basis}`)} {fact.period && t(`period.${fact.period}`)}
      {fact.approximate && ` (${t('read.approximate')})`}
      {n && (
        <>
          {' → '}
          <span class="normalized">
            {amount(n.low, n.high, 'EUR')} {t(`basis.${n.basis}` as MessageKey) ?? n.basis}{' '}
            {t('period.year')}
          </span>
        </>
      )}
      {!n && (
        <span class="muted">
          {' '}
          ({fact.period === null ? t('note.noPeriod') : t('note.notConverted')})
        </span>
      )}
      <span class="muted">
        {' · '}
        {[
          fact.role ? roles.name(fact.role) : null,
          fact.level ? t(`level.${fact.level}`) : null,
          fact.city,
          fact.country ? countryName(fact.country, lang) : null,
          t(`employment.${fact.employment}`),
          t(`component.${fact.component}`),
        ]
          .filter(Boolean)
          .join(', ')}
      </span>
      {n && fact.sourceConversion && (
        <span class="muted">
          {' · '}
          {t('read.sourceConversion', {
            amount: amount(fact.sourceConversion.low, fact.sourceConversion.high, 'EUR'),
          })}
        </span>
      )}
      {(fact.warnings ?? []).map((w) => (
        <p key={w.code} class="notice">
          {t(WARNING_KEYS[w.code] ?? 'read.warning.other')}
        </p>
      ))}
      {n && <Trace steps={n.trace} />}
      {!n && fact.normalizeNote && <ServerDetail lines={[fact.normalizeNote]} />}
    </li>
  );
}

/** Warning codes of the reader (service/extract.ts and extract/plausibility.ts) → sentences. */
const WARNING_KEYS: Readonly<Record<string, MessageKey>> = {
  'implausible-amount': 'read.warning.implausible',
  'period-looks-yearly': 'read.warning.period',
  'period-looks-monthly': 'read.warning.period',
  'times-ten': 'read.warning.tenfold',
  'divided-by-ten': 'read.warning.tenfold',
  'low-above-high': 'read.warning.order',
};

function Highlighted({ data, text }: { data: ExtractResponse; text: string }) {
  const { t, money, date } = useI18n();
  const facts = data.facts;
  const spans = facts.flatMap((f, index) =>
    f.evidence.slice(0, 1).map((e) => ({ start: e.start, end: e.end, index })),
  );
  return (
    <>
      <h2>{t('read.highlighted')}</h2>
      <div class="text-view" id="read-text">
        {highlightPieces(text, spans).map((p, i) =>
          p.mark === null ? (
            p.text
          ) : (
            <mark key={i} data-fact={p.mark + 1}>
              {p.text}
              <sup>
                <a href={`#fact-${p.mark + 1}`} aria-label={t('read.factLink', { n: p.mark + 1 })}>
                  {p.mark + 1}
                </a>
              </sup>
            </mark>
          ),
        )}
      </div>
      <h2>{t('read.facts', { count: facts.length })}</h2>
      {data.date && facts.length > 0 && (
        <p class="muted">
          {t(data.date.from === 'text' ? 'read.dateText' : 'read.dateUsed', {
            date: date(data.date.value),
          })}
        </p>
      )}
      {facts.length === 0 ? (
        <p>{t('read.none')}</p>
      ) : (
        <ul class="facts">
          {facts.map((f, i) => (
            <FactItem key={i} fact={f} index={i} />
          ))}
        </ul>
      )}
      {(data.skipped ?? []).length > 0 && (
        <p class="notice">
          {t('read.skipped', {
            amounts: (data.skipped ?? [])
              .map(
                (a) =>
                  `${money(a.low, a.currency)}${a.high !== a.low ? ` – ${money(a.high, a.currency)}` : ''}`,
              )
              .join(', '),
          })}
        </p>
      )}
    </>
  );
}

export default function ReadPage({ route }: PageProps) {
  const { t, lang } = useI18n();
  useTitle(t('read.title'));
  const text = route.query.get('text') ?? '';
  const [state, setState] = useState<{
    text: string;
    data: ExtractResponse | null;
    error: ApiError | null;
  }>({ text: '', data: null, error: null });
  useEffect(() => {
    if (!text.trim()) return;
    let current = true;
    apiPost<ExtractResponse>('/api/extract', { text }).then(
      (data) => current && setState({ text, data, error: null }),
      (error: unknown) =>
        current &&
        setState({
          text,
          data: null,
          error: error instanceof ApiError ? error : new ApiError('network', 0, String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [text]);
  const submit = (event: Event) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget as HTMLFormElement).get('text') ?? '');
    navigate(pathFor(lang, 'read', { query: { text: value } }));
  };
  return (
    <>
      <h1>{t('read.title')}</h1>
      <p class="lead">{t('read.lead')}</p>
      <form onSubmit={submit} key={text}>
        <label for="read-input">{t('read.label')}</label>
        <textarea id="read-input" name="text" value={text} placeholder={t('read.placeholder')} />
        <p>
          <button type="submit">{t('read.submit')}</button>
        </p>
      </form>
      {text.trim() && state.text !== text && <Loading />}
      {state.text === text && state.error && <ErrorNote error={state.error} />}
      {state.text === text && state.data && <Highlighted text={text} data={state.data} />}
    </>
  );
}
