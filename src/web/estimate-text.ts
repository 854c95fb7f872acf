/** The estimator's and the freelance calculator's words in the reader's language: waterfall
 * factor labels from the profile, and generic sentences keyed on the situation where the server
 * gives an English note. */
import type { EstimateResponse } from '../contract/index.ts';
import { countryName } from './format.ts';
import type { MessageKey } from './i18n/index.ts';
import { maybe, type Texts } from './provenance-text.ts';

type Contribution = EstimateResponse['contributions'][number];
type Profile = EstimateResponse['profile'];

function valueOf(
  factor: string,
  label: string,
  profile: Profile,
  f: Texts,
  roleName: (id: string) => string,
): string {
  const { t } = f;
  const any = t('common.any');
  const coded = (prefix: string, value: string | null) =>
    value === null ? any : (maybe(t, `${prefix}.${value}`) ?? value);
  switch (factor) {
    case 'role': {
      const role = profile.role ? roleName(profile.role) : any;
      return profile.roleFromTitle
        ? `${t('estimator.titleRole', { title: profile.roleFromTitle.title })} (${role})`
        : role;
    }
    case 'level':
      return coded('level', profile.level);
    case 'place':
      return profile.country ? countryName(profile.country, f.lang) : any;
    case 'company-size':
      return coded('companySize', profile.companySize);
    case 'remote':
      return coded('remote', profile.remote);
    case 'employment':
      return coded('employment', profile.employment);
    case 'year':
      // The label's first year is the one the estimate is for ("year: 2027 (as 2025, …)").
      return label.match(/\d{4}/)?.[0] ?? '';
    default:
      return '';
  }
}

/** "Niveau : Senior", "Base : France, tous métiers et niveaux", "Base (toutes observations)". */
export function factorLabel(
  c: Contribution,
  profile: Profile,
  f: Texts,
  roleName: (id: string) => string,
): string {
  // With a country, the base is that country's typical pay and "place" is only where the
  // employer is (src/domain/estimate/features.ts, groupInCountry).
  if (c.factor === 'base' && profile.country)
    return f.t('factor.baseIn', { country: countryName(profile.country, f.lang) });
  const employer = c.factor === 'place' ? /employer in ([A-Z]{2})/.exec(c.label)?.[1] : undefined;
  if (employer) return f.t('factor.employerIn', { country: countryName(employer, f.lang) });
  const name = maybe(f.t, `factor.${c.factor}`) ?? c.factor;
  const value = valueOf(c.factor, c.label, profile, f, roleName);
  return value ? `${name}${f.t('factor.sep')}${value}` : name;
}

/** Why a freelance status has no figure. The server says it in English; the situation tells
 * which: the micro-entreprise fails alone when the revenue passes its ceiling, while a figure
 * outside the rules' range fails every status. */
export function freelanceFailureKey(status: string, everyStatusFailed: boolean): MessageKey {
  return status === 'micro' && !everyStatusFailed ? 'note.aboveCeiling' : 'note.outOfRange';
}
