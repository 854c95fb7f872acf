/** Loads data/working-time: the working-time assumptions of each country. */
import { readFileSync } from 'node:fs';
import type { WorkingTime } from '../domain/index.ts';
import { dataPath } from './paths.ts';

export interface WorkingTimeTable {
  readonly byCountry: ReadonlyMap<string, WorkingTime>;
  readonly fallback: WorkingTime;
}

let cached: WorkingTimeTable | undefined;

export function loadWorkingTime(): WorkingTimeTable {
  if (cached) return cached;
  const raw = JSON.parse(
    readFileSync(dataPath('working-time', 'working-time.json'), 'utf8'),
  ) as Record<string, WorkingTime>;
  const { default: fallback, ...countries } = raw;
  if (!fallback) throw new Error('data/working-time/working-time.json has no "default" entry');
  cached = { byCountry: new Map(Object.entries(countries)), fallback };
  return cached;
}

export function workingTimeFor(table: WorkingTimeTable, country: string | null): WorkingTime {
  return (country && table.byCountry.get(country)) || table.fallback;
}
