/** Compare countries: one role's median pay across countries, nominal (at exchange rates),
 * at purchasing-power parity, and net where the rules are known, side by side. */
import type { CompareResponse } from '../../contract/index.ts';
import { LEVELS } from '../../domain/observation.ts';
import { apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRoles } from '../api/use-roles.ts';
import type { PageProps } from '../app.tsx';
import { CountryPay, readView } from '../components/country-pay.tsx';
import { SelectField, submitToUrl } from '../components/form-fields.tsx';
import { Loaded, useTitle } from '../components/status.tsx';
import { COUNTRIES } from '../countries.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import { navigate } from '../navigation.ts';
import { pathFor } from '../routes.ts';

export default function ComparePage({ route }: PageProps) {
  const { t, lang } = useI18n();
  const roles = useRoles();
  useTitle(t('compare.title'));
  const q = route.query;
  const role = q.get('role') || 'data-scientist';
  const level = q.get('level') ?? '';
  const reference = q.get('reference') || 'FR';
  const view = readView(q.get('view'));
  const query = { role, level, reference };
  const result = useApi<CompareResponse>(apiUrl('/api/compare', { role, level, reference }));
  return (
    <>
      <h1>{t('compare.title')}</h1>
      <p class="lead">{t('compare.lead')}</p>
      <form
        class="form-grid"
        key={q.toString()}
        onSubmit={(e) => submitToUrl(e, pathFor(lang, 'compare'), navigate)}
      >
        <SelectField
          name="role"
          label={t('explorer.role')}
          value={role}
          options={roles.ids.map((id) => [id, roles.name(id)] as const)}
        />
        <SelectField
          name="level"
          label={t('explorer.level')}
          value={level}
          anyLabel={t('common.any')}
          options={LEVELS.map((l) => [l, t(`level.${l}`)] as const)}
        />
        <SelectField
          name="reference"
          label={t('compare.reference')}
          value={reference}
          options={COUNTRIES.map((c) => [c, countryName(c, lang)] as const)}
        />
        <input type="hidden" name="view" value={view === 'nominal' ? '' : view} />
        <div class="field actions">
          <button type="submit">{t('compare.submit')}</button>
        </div>
      </form>
      <Loaded state={result}>
        {(data) => (
          <CountryPay
            id="compare-chart"
            data={data}
            view={view}
            hrefFor={(v) =>
              pathFor(lang, 'compare', {
                query: { ...query, view: v === 'nominal' ? undefined : v },
              })
            }
          />
        )}
      </Loaded>
    </>
  );
}
