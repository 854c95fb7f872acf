/** Builders of valid observations and sources for tests. */
import type { Source } from '../../domain/index.ts';
import type { StoredObservation } from '../port.ts';

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'test-dataset',
    title: 'Test dataset',
    publisher: 'Fourchette tests',
    licence: 'CC0-1.0',
    date: '2024-01-01',
    url: null,
    kind: 'dataset',
    evidenceShareable: true,
    ...overrides,
  };
}

let counter = 0;

export function makeObservation(overrides: Partial<StoredObservation> = {}): StoredObservation {
  counter += 1;
  const low = overrides.low ?? 50_000;
  const high = overrides.high ?? low;
  return {
    id: `obs-${counter}`,
    low,
    high,
    currency: 'EUR',
    period: 'year',
    basis: 'gross',
    component: 'base',
    employment: 'employee',
    roleId: 'ml-engineer',
    rawTitle: 'Machine Learning Engineer',
    level: 'mid',
    yearsOfExperience: null,
    country: 'FR',
    city: null,
    remote: 'hybrid',
    companySize: 'medium',
    sector: null,
    observedOn: '2024-06-03',
    statistic: low === high ? 'single' : 'range',
    provenance: {
      sourceId: 'test-dataset',
      kind: 'dataset',
      location: `row ${counter}`,
      evidence: [{ start: 0, end: 10, text: 'row text' }],
      ingestedAt: '2026-11-21T10:00:00.000Z',
    },
    valueYearEur: low !== null && high !== null ? (low + high) / 2 : (low ?? high),
    ...overrides,
  };
}
