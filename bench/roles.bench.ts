/** Title classifier speed on the 422 aijobs.net titles and the hand-labelled fixture (no ../shared needed). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from './main.ts';
import { classifyTitle, loadAijobsTitles } from '../src/reference/roles.ts';

const here = dirname(fileURLToPath(import.meta.url));

const bench: Benchmark = {
  name: 'roles: classifyTitle throughput',
  async run() {
    const fixture = readFileSync(
      join(here, '..', 'eval', 'fixtures', 'titles-labelled.tsv'),
      'utf8',
    )
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[0] ?? '')
      .filter(Boolean);
    const titles = [...Object.keys(loadAijobsTitles()), ...fixture];
    const text =
      "Vous industrialiserez des modèles de machine learning (CI/CD, Kubernetes). 5 ans d'expérience.";
    classifyTitle('warm up');
    const rounds = 20;
    let started = performance.now();
    for (let i = 0; i < rounds; i += 1) for (const t of titles) classifyTitle(t);
    const titleOnly = (performance.now() - started) / (rounds * titles.length);
    started = performance.now();
    for (let i = 0; i < rounds; i += 1) for (const t of titles) classifyTitle(t, text);
    const withText = (performance.now() - started) / (rounds * titles.length);
    return [
      `${titles.length} titles × ${rounds} rounds`,
      `title only: ${(titleOnly * 1000).toFixed(1)} µs per title (${Math.round(1000 / titleOnly)} titles/s)`,
      `title + 100-char text: ${(withText * 1000).toFixed(1)} µs per title`,
    ];
  },
};
export default bench;
