/**
 * Writes data/observations/market-facts.json: the market facts (shares, counts, hubs) the
 * extractor reads in the seed articles, as figures, place names and character offsets only
 * (never the articles' sentences), each naming its article's source id from articles.json.
 * Run: node --import tsx scripts/build-market-facts.ts [seeds folder, default ../shared/seeds]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMarketFacts } from '../src/extract/index.ts';

const seeds = process.argv[2] ?? '../shared/seeds';
const articles = JSON.parse(readFileSync('data/observations/articles.json', 'utf8')) as {
  sources: { id: string; file: string }[];
};
const facts = articles.sources.flatMap((s) =>
  extractMarketFacts(readFileSync(join(seeds, s.file), 'utf8')).map((f) => ({
    sourceId: s.id,
    ...f,
  })),
);
writeFileSync('data/observations/market-facts.json', `${JSON.stringify({ facts }, null, 1)}\n`);
console.log(`${facts.length} market facts from ${articles.sources.length} articles`);
