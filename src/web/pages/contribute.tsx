/** The contribution form: one's own pay, anonymously. Every wrong field gets its message in the
 * page's language (checked here first, then named by the server), and the answer gives the
 * delete token that alone can erase it. */
import { useState } from 'preact/hooks';
import type { ContributionCreated, StatsResponse } from '../../contract/index.ts';
import { COMPANY_SIZES, LEVELS, REMOTES } from '../../domain/observation.ts';
import { PERIODS } from '../../domain/money.ts';
import { SECTORS } from '../../domain/contributions/contribution.ts';
import { ApiError, apiDelete, apiPost } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRoles } from '../api/use-roles.ts';
import type { PageProps } from '../app.tsx';
import { InputField, SelectField } from '../components/form-fields.tsx';
import { useTitle } from '../components/status.tsx';
import { COUNTRIES, CURRENCIES } from '../countries.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';

const FIELDS = [
  'role', 'title', 'level', 'years', 'country', 'city', 'employment', 'amount', 'currency',
  'period', 'basis', 'monthsPerYear', 'bonus', 'year', 'companySize', 'sector', 'remote',
] as const; // prettier-ignore
type Field = (typeof FIELDS)[number];
const NUMBERS = new Set<Field>(['years', 'amount', 'monthsPerYear', 'bonus', 'year']);
const DECIMAL = /^\d{1,12}(?:[.,]\d{1,4})?$/;

/** The form's fields as the API's body (empty ones left out, numbers read strictly), and the
 * fields to fix before sending. */
function readForm(form: HTMLFormElement, currentYear: number) {
  const data = new FormData(form);
  const body: Record<string, string | number> = {};
  const bad = new Set<Field>();
  for (const name of FIELDS) {
    const raw = String(data.get(name) ?? '').trim();
    if (raw === '') continue;
    if (!NUMBERS.has(name)) body[name] = raw;
    else if (DECIMAL.test(raw)) body[name] = Number(raw.replace(',', '.'));
    else bad.add(name);
  }
  if (body.role === undefined && body.title === undefined) bad.add('role');
  if (body.level === undefined && body.years === undefined) bad.add('level');
  if (body.amount === undefined || !((body.amount as number) > 0)) bad.add('amount');
  const year = body.year as number | undefined;
  if (year === undefined || year < 1999 || year > currentYear) bad.add('year');
  return { body, bad };
}

type Outcome =
  | { kind: 'idle' | 'sending' }
  | { kind: 'created'; answer: ContributionCreated }
  | { kind: 'erased' }
  | { kind: 'failed'; message: string };

export default function ContributePage(_props: PageProps) {
  const { t, lang } = useI18n();
  const roles = useRoles();
  useTitle(t('contribute.title'));
  const k = useApi<StatsResponse>('/api/stats?role=ml-engineer&country=FR').data?.minGroupSize ?? 5;
  const currentYear = new Date().getFullYear();
  const [errors, setErrors] = useState<ReadonlySet<Field>>(new Set());
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const err = (f: Field) => (errors.has(f) ? t(`contribute.error.${f}` as MessageKey) : undefined);
  const choose = t('contribute.choose');
  const none = t('contribute.optional');

  const submit = async (event: Event) => {
    event.preventDefault();
    const { body, bad } = readForm(event.currentTarget as HTMLFormElement, currentYear);
    setErrors(bad);
    if (bad.size) return;
    setOutcome({ kind: 'sending' });
    try {
      const answer = await apiPost<ContributionCreated>('/api/contributions', body);
      setOutcome({ kind: 'created', answer });
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        setErrors(new Set(error.errors.map((e) => e.parameter as Field)));
        setOutcome({ kind: 'idle' });
      } else if (error instanceof ApiError && error.status === 429) {
        const minutes = Math.ceil((error.retryAfter ?? 3600) / 60);
        setOutcome({ kind: 'failed', message: t('contribute.tooMany', { minutes }) });
      } else setOutcome({ kind: 'failed', message: (error as Error).message });
    }
  };

  const erase = async (id: string, token: string) => {
    try {
      await apiDelete(`/api/contributions/${id}`, token);
      setOutcome({ kind: 'erased' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: (error as Error).message });
    }
  };

  if (outcome.kind === 'created') {
    const { answer } = outcome;
    return (
      <>
        <h1>{t('contribute.title')}</h1>
        <section class="result" role="status" id="contribution-answer">
          <h2>{t('contribute.thanks')}</h2>
          <p>{t(answer.duplicate ? 'contribute.duplicate' : answer.status === 'held' ? 'contribute.held' : 'contribute.pending')}</p>
          {answer.deleteToken && (
            <>
              <p>{t('contribute.token')}</p>
              <p class="token" id="delete-token">{answer.deleteToken}</p>
              <button type="button" onClick={() => void erase(answer.id, answer.deleteToken as string)}>
                {t('contribute.delete')}
              </button>
            </>
          )}
        </section>
      </>
    ); // prettier-ignore
  }

  const listed = FIELDS.filter((f) => errors.has(f));
  return (
    <>
      <h1>{t('contribute.title')}</h1>
      <p class="lead">{t('contribute.lead', { k })}</p>
      {outcome.kind === 'erased' && <p role="status">{t('contribute.deleted')}</p>}
      {outcome.kind === 'failed' && <p role="alert">{outcome.message}</p>}
      {listed.length > 0 && (
        <div class="error-summary" role="alert" id="contribution-errors">
          <p>{t('contribute.errorsTitle')}</p>
          <ul>
            {listed.map((f) => (
              <li key={f}>
                <a href={`#f-${f}`}>{err(f)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="form-grid" id="contribution-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField name="role" label={t('contribute.roleOrTitle')} value="" anyLabel={choose} error={err('role')}
          options={roles.ids.filter((id) => id !== 'other').map((id) => [id, roles.name(id)] as const)} />
        <InputField name="title" label={t('contribute.jobTitle')} value="" error={err('title')} />
        <SelectField name="level" label={t('contribute.levelOrYears')} value="" anyLabel={choose} error={err('level')}
          options={LEVELS.map((l) => [l, t(`level.${l}`)] as const)} />
        <InputField name="years" label={t('estimator.years')} value="" type="number" min={0} max={50} step={1} error={err('years')} />
        <SelectField name="country" label={t('home.country')} value="FR" error={err('country')}
          options={COUNTRIES.map((c) => [c, countryName(c, lang)] as const)} />
        <InputField name="city" label={t('explorer.city')} value="" error={err('city')} />
        <SelectField name="employment" label={t('explorer.employment')} value="employee" error={err('employment')}
          options={(['employee', 'freelance'] as const).map((v) => [v, t(`employment.${v}`)] as const)} />
        <InputField name="amount" label={t('contribute.amount')} value="" type="number" min={0} error={err('amount')} />
        <SelectField name="currency" label={t('explorer.currency')} value="EUR" error={err('currency')}
          options={CURRENCIES.map((c) => [c, c] as const)} />
        <SelectField name="period" label={t('explorer.period')} value="year" error={err('period')}
          options={PERIODS.map((p) => [p, t(`period.${p}`)] as const)} />
        <SelectField name="basis" label={t('contribute.basis')} value="gross" error={err('basis')}
          options={(['gross', 'net'] as const).map((b) => [b, t(`basis.${b}`)] as const)} />
        <SelectField name="monthsPerYear" label={t('contribute.monthsPerYear')} value="" anyLabel={none} error={err('monthsPerYear')}
          options={['12', '13', '14', '15', '16'].map((m) => [m, m] as const)} />
        <InputField name="bonus" label={t('contribute.bonus')} value="" type="number" min={0} error={err('bonus')} />
        <InputField name="year" label={t('contribute.year')} value={String(currentYear)} type="number" min={1999} max={currentYear} step={1} error={err('year')} />
        <SelectField name="companySize" label={t('explorer.companySize')} value="" anyLabel={none} error={err('companySize')}
          options={COMPANY_SIZES.map((v) => [v, t(`companySize.${v}`)] as const)} />
        <SelectField name="sector" label={t('estimator.sector')} value="" anyLabel={none} error={err('sector')}
          options={SECTORS.map((v) => [v, t(`sector.${v}`)] as const)} />
        <SelectField name="remote" label={t('explorer.remote')} value="" anyLabel={none} error={err('remote')}
          options={REMOTES.map((v) => [v, t(`remote.${v}`)] as const)} />
        <div class="field actions">
          <button type="submit" disabled={outcome.kind === 'sending'}>
            {t(outcome.kind === 'sending' ? 'contribute.sending' : 'contribute.submit')}
          </button>
        </div>
      </form>
    </>
  ); // prettier-ignore
}
