/** Seeded synthetic salaries for the estimator tests: log pay = base + level + country + noise. */
import type { EstimatorRow, Level } from '../../src/domain/index.ts';

/** mulberry32: a small seeded generator, so every test run sees the same rows. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const LEVEL_PREMIUM: Partial<Record<Level, number>> = { junior: -0.3, mid: 0, senior: 0.3 };
const COUNTRY_LEVEL: Record<string, number> = { US: 0.4, FR: -0.2, BE: -0.25 };
const TITLES: Record<string, [string, number]> = {
  'Data Scientist': ['data-scientist', 0.05],
  'Data Engineer': ['data-engineer', 0],
  'Data Analyst': ['data-analyst', -0.2],
};

/** `rowsPerCountry` says how many rows each country gets (a thin one tests the widening). */
export function syntheticRows(
  rowsPerCountry: Record<string, number>,
  seed = 42,
  noise = 0.25,
): EstimatorRow[] {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const levels = Object.keys(LEVEL_PREMIUM) as Level[];
  const titles = Object.keys(TITLES);
  const rows: EstimatorRow[] = [];
  for (const [country, count] of Object.entries(rowsPerCountry)) {
    for (let i = 0; i < count; i += 1) {
      const level = levels[i % levels.length]!;
      const title = titles[Math.floor(random() * titles.length)]!;
      const [roleId, titleEffect] = TITLES[title]!;
      const log =
        Math.log(60_000) +
        (COUNTRY_LEVEL[country] ?? 0) +
        LEVEL_PREMIUM[level]! +
        titleEffect +
        noise * gauss();
      rows.push({
        roleId,
        rawTitle: title,
        level,
        country,
        remote: i % 4 === 0 ? 'remote' : 'onsite',
        companySize: 'medium',
        employment: 'employee',
        year: 2023 + (i % 2),
        value: Math.round(Math.exp(log)),
      });
    }
  }
  return rows;
}
