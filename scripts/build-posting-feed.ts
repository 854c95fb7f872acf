/**
 * `node --import tsx scripts/build-posting-feed.ts [DIR]`: writes a JobPosting JSON Lines feed
 * built from the France Travail offers in ../shared (some sent twice, some reposted) to DIR
 * (default: a new temporary folder; never commit it: the offers have no licence to
 * redistribute) and prints the counts made from the file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFranceTravailFeed } from '../eval/france-travail-feed.ts';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'fourchette-feed-'));
const feed = buildFranceTravailFeed(dir);
console.log(JSON.stringify({ path: feed.path, ...feed.counts }, null, 2));
