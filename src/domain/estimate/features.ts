/**
 * The factors of the model: each reads one key from a profile (null when the profile says
 * nothing), and belongs to one waterfall group. Interactions are keys joined with `|`.
 */
import { normaliseTitle, titleFamily } from './title-family.ts';
import type { EstimateProfile, WaterfallFactor } from './types.ts';

/** A profile read into the string keys every factor uses. */
export interface ProfileKeys {
  readonly role: string | null;
  /** The keyword family of the title (title-family.ts), a second, coarser grouping. */
  readonly family: string | null;
  readonly title: string | null;
  readonly level: string | null;
  readonly country: string | null;
  /** The employer's country only when it differs from where the person works. */
  readonly abroad: string | null;
  readonly remote: string | null;
  readonly currency: string | null;
  readonly size: string | null;
  readonly employment: string | null;
  readonly year: string | null;
  /** Years past the last year trained on (0 within it). */
  readonly yearsAhead: number;
}

export interface Factor {
  readonly name: string;
  readonly group: WaterfallFactor;
  key(k: ProfileKeys): string | null;
  /** With a country named, the waterfall starts from that country's typical pay: this factor
   * then joins that group instead (the country itself joins the base, its interactions the
   * factor they refine), so that no step is "the world, then France". */
  readonly groupInCountry?: WaterfallFactor;
  /** Its effects may move from one year to the next: past the last year trained on, a key
   * backed by few rows adds a share of the factor's prior variance to the spread (see
   * `driftRows`). */
  readonly drifts?: boolean;
}

const join = (...parts: (string | null)[]): string | null =>
  parts.some((p) => p === null) ? null : parts.join('|');

export const LOCATION_FACTORS: readonly Factor[] = [
  { name: 'role', group: 'role', key: (k) => k.role },
  { name: 'family', group: 'role', key: (k) => k.family },
  { name: 'title', group: 'role', key: (k) => k.title },
  { name: 'level', group: 'level', key: (k) => k.level },
  { name: 'family×level', group: 'level', key: (k) => join(k.family, k.level) },
  { name: 'role×level', group: 'level', key: (k) => join(k.role, k.level) },
  { name: 'title×level', group: 'level', key: (k) => join(k.title, k.level) },
  {
    name: 'country',
    group: 'place',
    groupInCountry: 'base',
    key: (k) => k.country,
    drifts: true,
  },
  { name: 'employer abroad', group: 'place', key: (k) => k.abroad },
  {
    name: 'country×level',
    group: 'place',
    groupInCountry: 'level',
    key: (k) => join(k.country, k.level),
  },
  {
    name: 'country×role',
    group: 'place',
    groupInCountry: 'role',
    key: (k) => join(k.country, k.role),
  },
  {
    name: 'country×family',
    group: 'place',
    groupInCountry: 'role',
    key: (k) => join(k.country, k.family),
  },
  { name: 'pay currency', group: 'place', groupInCountry: 'base', key: (k) => k.currency },
  {
    name: 'country×currency',
    group: 'place',
    groupInCountry: 'base',
    key: (k) => join(k.country, k.currency),
  },
  { name: 'company size', group: 'company-size', key: (k) => k.size },
  { name: 'remote', group: 'remote', key: (k) => k.remote },
  { name: 'country×remote', group: 'remote', key: (k) => join(k.country, k.remote) },
  { name: 'employment', group: 'employment', key: (k) => k.employment },
  { name: 'year', group: 'year', key: (k) => k.year },
];

/** Factors of the spread (log squared residual) model. */
export const SCALE_FACTORS: readonly Factor[] = [
  { name: 'country', group: 'place', key: (k) => k.country },
  { name: 'level', group: 'level', key: (k) => k.level },
  { name: 'role', group: 'role', key: (k) => k.role },
  { name: 'title', group: 'role', key: (k) => k.title },
  { name: 'country×level', group: 'place', key: (k) => join(k.country, k.level) },
  { name: 'pay currency', group: 'place', key: (k) => k.currency },
  { name: 'company size', group: 'company-size', key: (k) => k.size },
  { name: 'remote', group: 'remote', key: (k) => k.remote },
  { name: 'employment', group: 'employment', key: (k) => k.employment },
  { name: 'year', group: 'year', key: (k) => k.year },
];

/** Reads a profile into keys; a year after the last one trained on counts as that year. */
export function profileKeys(p: EstimateProfile, latestYear: number): ProfileKeys {
  const title = p.rawTitle ? normaliseTitle(p.rawTitle) || null : null;
  const family = title ? titleFamily(title) : null;
  const role = p.roleId ?? family;
  const country = p.country ?? p.companyCountry ?? null;
  const company = p.companyCountry ?? null;
  const year = p.year ?? latestYear;
  const employment = p.employment ? `${p.employment}${p.partTime ? ' part-time' : ''}` : null;
  return {
    role,
    family: p.roleId ? family : null,
    title,
    level: p.level ?? null,
    country,
    abroad: company && country && company !== country ? company : null,
    remote: p.remote ?? null,
    currency: p.payCurrency ?? null,
    size: p.companySize ?? null,
    employment,
    year: String(Math.min(year, latestYear)),
    yearsAhead: Math.max(0, year - latestYear),
  };
}
