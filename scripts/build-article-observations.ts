/**
 * Writes data/observations/articles.json: the pay facts of the five seed articles, from the
 * hand-checked expected facts of eval/fixtures/seeds-facts.json, as figures and offsets only
 * (never the articles' sentences). Run: node --import tsx scripts/build-article-observations.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Fact {
  low: number | null;
  high: number | null;
  currency: string;
  period: string;
  basis: string | null;
  component: string;
  employment: string;
  role: string | null;
  level: string | null;
  country: string | null;
  city: string | null;
  evidence: { start: number; end: number }[];
  restatements: {
    low: number | null;
    high: number | null;
    currency: string;
    period: string | null;
  }[];
}

/** Our own description of each article (titles written by us; the dates are the year the
 * figures describe, the day being unknown). */
const ARTICLES: Record<string, { title: string; titleFr: string; date: string }> = {
  '000_90e2f795001a0d95.txt': {
    title: 'Article: panorama of AI job salaries in France (table by role and seniority)',
    titleFr:
      'Article : panorama des salaires des métiers de l’IA en France (tableau par métier et séniorité)',
    date: '2026-01-15',
  },
  '001_03986373d8c8023e.txt': {
    title:
      'Article: AI project manager guide (salary range, freelance day rates, US pay with bonus)',
    titleFr:
      'Article : guide du chef de projet IA (fourchette de salaire, TJM en freelance, salaires américains avec bonus)',
    date: '2025-06-01',
  },
  '002_153204710fa26c5b.txt': {
    title: 'Article: machine-learning engineer pay in 2024 by country and seniority',
    titleFr: 'Article : salaires des ingénieurs machine learning en 2024 par pays et séniorité',
    date: '2024-07-01',
  },
  '003_3eeb51ba18739df6.txt': {
    title: 'Article: the US AI job market (no salary figures)',
    titleFr: 'Article : le marché de l’emploi IA aux États-Unis (sans chiffres de salaire)',
    date: '2026-01-13',
  },
  '004_f624501115c4c45b.txt': {
    title: 'Article: AI project manager job card (monthly pay by seniority)',
    titleFr: 'Article : fiche métier du chef de projet IA (salaire mensuel par séniorité)',
    date: '2024-07-01',
  },
};

const expected = JSON.parse(readFileSync('eval/fixtures/seeds-facts.json', 'utf8')) as {
  files: Record<string, Fact[]>;
};
const sources = Object.entries(ARTICLES).map(([file, a]) => ({
  id: `article-${file.slice(0, 3)}`,
  file,
  title: a.title,
  titleFr: a.titleFr,
  publisher: 'French web article (seed corpus)',
  licence: 'third-party text: figures only, no sentences',
  date: a.date,
}));
const facts = Object.entries(expected.files).flatMap(([file, list]) =>
  list.map((f) => {
    const eur =
      f.currency !== 'EUR'
        ? f.restatements.find((r) => r.currency === 'EUR' && r.period === f.period)
        : undefined;
    const amount = f.low ?? f.high;
    const eurAmount = eur ? (eur.low ?? eur.high) : null;
    return {
      sourceId: `article-${file.slice(0, 3)}`,
      low: f.low,
      high: f.high,
      currency: f.currency,
      period: f.period,
      basis: f.basis ?? 'unknown',
      component: f.component,
      employment: f.employment,
      role: f.role,
      level: f.level,
      country: f.country,
      city: f.city,
      statistic: f.low !== null && f.low === f.high ? 'single' : 'range',
      evidence: f.evidence.map((e) => ({ start: e.start, end: e.end })),
      // A rate the article itself states (e.g. MAD restated in euros), used where the ECB has none.
      statedPerEur: amount !== null && eurAmount ? amount / eurAmount : null,
    };
  }),
);
writeFileSync(
  'data/observations/articles.json',
  `${JSON.stringify({ sources, facts }, null, 1)}\n`,
);
console.log(`wrote ${facts.length} facts from ${sources.length} articles`);
