/** Freelance ↔ salary: a day rate (TJM) and billed days → revenue, net income and the
 * equivalent employee salary by status; or the reverse, a salary → the day rate needed. */
import type { FreelanceResponse } from '../../contract/index.ts';
import { apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { PageProps } from '../app.tsx';
import { InputField, SelectField, submitToUrl } from '../components/form-fields.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { ServerDetail, Trace } from '../components/trace.tsx';
import { freelanceFailureKey } from '../estimate-text.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import { pathFor } from '../routes.ts';

function Results({ data }: { data: FreelanceResponse }) {
  const { t, money, int } = useI18n();
  const fromTjm = data.mode === 'from-tjm';
  const everyFailed = data.results.length > 1 && data.results.every((r) => !r.ok);
  const m = (v: number | null) => (v === null ? '—' : money(v, data.currency));
  return (
    <section class="result" aria-live="polite">
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('freelance.results')}>
        <table id="freelance-results">
          <caption>{t('freelance.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('freelance.status')}</th>
              <th scope="col" class="num">
                {t('freelance.tjm')}
              </th>
              <th scope="col" class="num">
                {t('freelance.days')}
              </th>
              <th scope="col" class="num">
                {t('freelance.revenue')}
              </th>
              <th scope="col" class="num">
                {t('freelance.net')}
              </th>
              <th scope="col" class="num">
                {t('freelance.netAfterTax')}
              </th>
              <th scope="col" class="num">
                {t('freelance.salary')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.results.map((r) => (
              <tr key={r.status}>
                <th scope="row">
                  {t(`status.${r.status}` as MessageKey)}
                  <Trace steps={r.trace} />
                </th>
                {r.ok ? (
                  <>
                    <td class="num">{m(r.tjm)}</td>
                    <td class="num">{int(r.days)}</td>
                    <td class="num">{m(r.revenue)}</td>
                    <td class="num">{m(r.net)}</td>
                    <td class="num">{m(r.netAfterTax)}</td>
                    <td class="num">
                      <strong>{m(r.employeeGrossEquivalent)}</strong>
                    </td>
                  </>
                ) : (
                  <td colSpan={6} class="muted">
                    {t(freelanceFailureKey(r.status, everyFailed))}
                    {r.message && <ServerDetail lines={[r.message]} />}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">{fromTjm ? t('freelance.noteFromTjm') : t('freelance.noteFromSalary')}</p>
    </section>
  );
}

export default function FreelancePage({ route }: PageProps) {
  const { t, lang } = useI18n();
  useTitle(t('freelance.title'));
  const q = route.query;
  const mode = q.get('mode') === 'salary' ? 'salary' : 'tjm';
  const tjm = q.get('tjm') ?? '';
  const salary = q.get('salary') ?? '';
  const days = q.get('days') ?? '';
  const status = q.get('status') ?? '';
  const asked = mode === 'tjm' ? tjm !== '' : salary !== '';
  const url = asked
    ? apiUrl('/api/freelance', {
        tjm: mode === 'tjm' ? tjm : undefined,
        salary: mode === 'salary' ? salary : undefined,
        days,
        status,
      })
    : null;
  const result = useApi<FreelanceResponse>(url);
  const statuses = (['micro', 'ei', 'sasu'] as const).map((s) => [s, t(`status.${s}`)] as const);
  return (
    <>
      <h1>{t('freelance.title')}</h1>
      <p class="lead">{t('freelance.lead')}</p>
      <p role="group" aria-label={t('freelance.mode')}>
        <a
          href={pathFor(lang, 'freelance', { query: { mode: 'tjm' } })}
          aria-current={mode === 'tjm' ? 'true' : undefined}
        >
          {t('freelance.modeTjm')}
        </a>
        {' · '}
        <a
          href={pathFor(lang, 'freelance', { query: { mode: 'salary' } })}
          aria-current={mode === 'salary' ? 'true' : undefined}
        >
          {t('freelance.modeSalary')}
        </a>
      </p>
      <form
        class="form-grid"
        key={q.toString()}
        onSubmit={(e) => submitToUrl(e, pathFor(lang, 'freelance'), navigate)}
      >
        <input type="hidden" name="mode" value={mode} />
        {mode === 'tjm' ? (
          <InputField
            name="tjm"
            label={t('freelance.tjmEur')}
            value={tjm || '500'}
            type="number"
            min={1}
            step={1}
            required
          />
        ) : (
          <InputField
            name="salary"
            label={t('freelance.salaryEur')}
            value={salary || '55000'}
            type="number"
            // A step counts from min: step 100 from min 1 refused 55 000 and 60 000.
            min={1}
            step={1}
            required
          />
        )}
        <InputField
          name="days"
          label={t('freelance.days')}
          value={days || '200'}
          type="number"
          min={1}
          max={366}
          step={1}
        />
        <SelectField
          name="status"
          label={t('freelance.status')}
          value={status}
          anyLabel={t('freelance.allStatuses')}
          options={statuses}
        />
        <div class="field actions">
          <button type="submit">{t('freelance.submit')}</button>
        </div>
      </form>
      {url && <Loaded state={result}>{(data) => <Results data={data} />}</Loaded>}
    </>
  );
}
