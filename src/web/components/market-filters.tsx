/** The market page's filters (the route's query parameters), as a GET form: every result is a
 * shareable link. */
import { LEVELS } from '../../domain/observation.ts';
import { useRoles } from '../api/use-roles.ts';
import { COUNTRIES } from '../countries.ts';
import { countryName } from '../format.ts';
import { useI18n } from '../i18n/context.ts';
import { navigate } from '../navigation.ts';
import { pathFor } from '../routes.ts';
import { InputField, SelectField, submitToUrl } from './form-fields.tsx';

export const MARKET_KEYS = ['role', 'level', 'country', 'city', 'source', 'year'] as const;
export type MarketParams = Partial<Record<(typeof MARKET_KEYS)[number], string>>;

export function readMarketParams(query: URLSearchParams): MarketParams {
  const out: MarketParams = {};
  for (const key of MARKET_KEYS) {
    const value = query.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

export function MarketFilters({ params, sources }: { params: MarketParams; sources: string[] }) {
  const { t, lang } = useI18n();
  const roles = useRoles();
  const any = t('common.any');
  return (
    <form
      class="form-grid"
      aria-label={t('explorer.filters')}
      key={JSON.stringify(params)}
      onSubmit={(e) => submitToUrl(e, pathFor(lang, 'market'), navigate)}
    >
      <SelectField
        name="role"
        label={t('explorer.role')}
        value={params.role ?? ''}
        anyLabel={any}
        options={roles.ids.map((id) => [id, roles.name(id)] as const)}
      />
      <SelectField
        name="level"
        label={t('explorer.level')}
        value={params.level ?? ''}
        anyLabel={any}
        options={LEVELS.map((l) => [l, t(`level.${l}`)] as const)}
      />
      <SelectField
        name="country"
        label={t('explorer.country')}
        value={params.country ?? ''}
        anyLabel={any}
        options={COUNTRIES.map((c) => [c, `${countryName(c, lang)} (${c})`] as const)}
      />
      <InputField name="city" label={t('explorer.city')} value={params.city ?? ''} />
      <SelectField
        name="source"
        label={t('market.source')}
        value={params.source ?? ''}
        anyLabel={any}
        options={[...new Set([...sources, ...(params.source ? [params.source] : [])])].map(
          (s) => [s, s] as const,
        )}
      />
      <InputField
        name="year"
        label={t('market.year')}
        value={params.year ?? ''}
        type="number"
        min={2015}
        max={2030}
        step={1}
      />
      <div class="field actions">
        <button type="submit">{t('common.submit')}</button>
      </div>
    </form>
  );
}
