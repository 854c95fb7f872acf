/** The explorer's filter form: every change rewrites the URL, which drives the page. */
import { COMPANY_SIZES, EMPLOYMENTS, LEVELS, REMOTES } from '../../domain/observation.ts';
import { PERIODS } from '../../domain/money.ts';
import { COUNTRIES, CURRENCIES } from '../countries.ts';
import {
  explorerQuery,
  GROUPS,
  type ExplorerState,
  type FilterKey,
  type GroupBy,
} from '../explorer-state.ts';
import { countryName } from '../format.ts';
import { useRoles } from '../api/use-roles.ts';
import { useI18n } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';
import { navigate } from '../navigation.ts';
import { pathFor } from '../routes.ts';

const GROUP_LABEL: Record<GroupBy, MessageKey> = {
  level: 'explorer.level',
  remote: 'explorer.remote',
  companySize: 'explorer.companySize',
  employment: 'explorer.employment',
};
export { GROUP_LABEL };

interface SelectProps {
  name: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  anyLabel?: string;
  onChange: (value: string) => void;
}

function Select({ name, label, value, options, anyLabel, onChange }: SelectProps) {
  const id = `f-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ExplorerFilters({ state }: { state: ExplorerState }) {
  const { t, lang } = useI18n();
  const roles = useRoles();
  const go = (next: ExplorerState) =>
    navigate(pathFor(lang, 'explorer', { query: explorerQuery(next) }), { replace: true });
  const setFilter = (key: FilterKey) => (value: string) =>
    go({ ...state, filter: { ...state.filter, [key]: value || undefined } });
  const any = t('common.any');
  const f = state.filter;
  const change = (key: FilterKey) => (e: Event) =>
    setFilter(key)((e.currentTarget as HTMLInputElement).value.trim());
  const text = (key: 'city' | 'yearFrom' | 'yearTo', label: string, type: 'text' | 'number') => (
    <div class="field">
      <label for={`f-${key}`}>{label}</label>
      {type === 'number' ? (
        <input
          id={`f-${key}`}
          name={key}
          type="number"
          min={2015}
          max={2030}
          value={f[key] ?? ''}
          onChange={change(key)}
        />
      ) : (
        <input id={`f-${key}`} name={key} type="text" value={f[key] ?? ''} onChange={change(key)} />
      )}
    </div>
  );
  return (
    <form class="filters" aria-label={t('explorer.filters')} onSubmit={(e) => e.preventDefault()}>
      <Select
        name="role"
        label={t('explorer.role')}
        value={f.role ?? ''}
        anyLabel={any}
        onChange={setFilter('role')}
        options={roles.ids.map((id) => [id, roles.name(id)] as const)}
      />
      <Select
        name="level"
        label={t('explorer.level')}
        value={f.level ?? ''}
        anyLabel={any}
        onChange={setFilter('level')}
        options={LEVELS.map((l) => [l, t(`level.${l}`)] as const)}
      />
      <Select
        name="country"
        label={t('explorer.country')}
        value={f.country ?? ''}
        anyLabel={any}
        onChange={setFilter('country')}
        options={[...new Set([...COUNTRIES, ...(f.country ? [f.country.toUpperCase()] : [])])].map(
          (c) => [c, `${countryName(c, lang)} (${c})`] as const,
        )}
      />
      {text('city', t('explorer.city'), 'text')}
      <Select
        name="employment"
        label={t('explorer.employment')}
        value={f.employment ?? ''}
        anyLabel={any}
        onChange={setFilter('employment')}
        options={EMPLOYMENTS.map((v) => [v, t(`employment.${v}`)] as const)}
      />
      <Select
        name="remote"
        label={t('explorer.remote')}
        value={f.remote ?? ''}
        anyLabel={any}
        onChange={setFilter('remote')}
        options={REMOTES.map((v) => [v, t(`remote.${v}`)] as const)}
      />
      <Select
        name="companySize"
        label={t('explorer.companySize')}
        value={f.companySize ?? ''}
        anyLabel={any}
        onChange={setFilter('companySize')}
        options={COMPANY_SIZES.map((v) => [v, t(`companySize.${v}`)] as const)}
      />
      <Select
        name="pay"
        label={t('explorer.pay')}
        value={f.pay ?? ''}
        anyLabel={t('explorer.payLocal')}
        onChange={setFilter('pay')}
        options={[['any', t('explorer.payAny')]]}
      />
      {text('yearFrom', t('explorer.yearFrom'), 'number')}
      {text('yearTo', t('explorer.yearTo'), 'number')}
      <Select
        name="currency"
        label={t('explorer.currency')}
        value={state.currency}
        onChange={(currency) => go({ ...state, currency })}
        options={CURRENCIES.map((c) => [c, c] as const)}
      />
      <Select
        name="period"
        label={t('explorer.period')}
        value={state.period}
        onChange={(period) => go({ ...state, period })}
        options={PERIODS.map((p) => [p, t(`periodName.${p}`)] as const)}
      />
      <Select
        name="groupBy"
        label={t('explorer.groupBy')}
        value={state.groupBy}
        onChange={(g) => go({ ...state, groupBy: g as GroupBy })}
        options={(Object.keys(GROUPS) as GroupBy[]).map((g) => [g, t(GROUP_LABEL[g])] as const)}
      />
      <div class="field actions">
        <a class="button secondary" href={pathFor(lang, 'explorer')}>
          {t('explorer.reset')}
        </a>
      </div>
    </form>
  );
}
