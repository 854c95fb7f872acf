/**
 * Extraction speed on job-ad-like text built from the project's own extraction cases
 * (src/extract/cases/*.yaml) and filler paragraphs written here: MB/s on one core, and the
 * time of one 10 MB document against one 1 MB document (linear time: ratio ≤ 10).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Benchmark } from './main.ts';
import { extractSalaries } from '../src/extract/index.ts';
import { SHARED_DIR } from '../eval/evaluation.ts';

const here = dirname(fileURLToPath(import.meta.url));
const FILLER = [
  "Nous recherchons un profil autonome pour rejoindre l'équipe data de notre client, acteur majeur de la distribution. Vous participerez à la conception des pipelines, à la mise en production des modèles et au suivi de leur qualité.",
  'Vos missions : collecter et préparer les données, développer des modèles de prévision, industrialiser les traitements avec les équipes MLOps, documenter et présenter les résultats aux équipes métier.',
  'Profil recherché : diplôme de niveau Bac+5 en informatique ou statistiques, 3 ans d’expérience minimum, maîtrise de Python, SQL et d’un cloud public. Anglais courant. Télétravail deux jours par semaine.',
  'About the role: you will design, train and deploy machine learning systems that serve millions of users, working closely with product managers and platform engineers in a fast-moving team.',
  'What we offer: flexible hours, a learning budget, a modern office downtown, and the chance to shape our AI roadmap. We are an equal opportunity employer and value diversity.',
];

export function jobAds(bytes: number): string {
  const cases: string[] = [];
  for (const lang of ['fr', 'en']) {
    const list = parse(
      readFileSync(join(here, '../src/extract/cases', `${lang}.yaml`), 'utf8'),
    ) as { text: string }[];
    cases.push(...list.map((c) => c.text));
  }
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    // about 2.3 kB per ad, the median length of the France Travail offer descriptions (SOURCE.md)
    const ad = [
      `Offre ${i} – Data / IA`,
      FILLER[i % FILLER.length],
      FILLER[(i + 1) % FILLER.length],
      FILLER[(i + 2) % FILLER.length],
      FILLER[(i + 3) % FILLER.length],
      cases[i % cases.length],
      FILLER[(i + 4) % FILLER.length],
      FILLER[(i + 5) % FILLER.length],
      FILLER[(i + 6) % FILLER.length],
      FILLER[(i + 7) % FILLER.length],
      '',
    ].join('\n');
    parts.push(ad);
    size += Buffer.byteLength(ad);
  }
  return parts.join('\n');
}

function time(text: string, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const t0 = performance.now();
    extractSalaries(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const benchmark: Benchmark = {
  name: 'extract: MB/s of job-ad text and linear time',
  async run() {
    const one = jobAds(1_000_000);
    const ten = jobAds(10_000_000);
    time(one, 2); // warm up
    const tOne = time(one, 5);
    const tTen = time(ten, 3);
    const mb = Buffer.byteLength(one) / 1e6;
    const mbps = mb / (tOne / 1000);
    const facts = extractSalaries(one).length;
    const lines = [
      `1 MB of job ads (${facts} facts): ${tOne.toFixed(0)} ms median of 5 → ${mbps.toFixed(1)} MB/s on one core (target ≥ 20)`,
      `10 MB single document: ${tTen.toFixed(0)} ms median of 3; 10 MB / 1 MB time ratio ${(tTen / tOne).toFixed(2)} (target ≤ 10)`,
    ];
    const real = join(SHARED_DIR, 'data/france-travail-offres-data-ia/france_travail_offres.csv');
    if (existsSync(real)) {
      const descriptions = readFileSync(real, 'utf8');
      const t0 = performance.now();
      let facts = 0;
      // the CSV as one text (descriptions with their quoting), read like any document
      facts += extractSalaries(descriptions).length;
      const ms = performance.now() - t0;
      const size = Buffer.byteLength(descriptions) / 1e6;
      lines.push(
        `France Travail offers CSV as one document (${size.toFixed(1)} MB, ${facts} facts): ${ms.toFixed(0)} ms → ${(size / (ms / 1000)).toFixed(1)} MB/s`,
      );
    }
    return lines;
  },
};

export default benchmark;
