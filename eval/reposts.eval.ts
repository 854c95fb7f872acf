/**
 * Repost detection (docs/decisions/2026-12-01-repost-detection.md) measured on real offers:
 * - the France Travail feed built by france-travail-feed.ts, whose injected reposts are known
 *   (recall on them), and whose every detected pair is checked;
 * - the France Travail and Indeed France 2019 offers as they are (natural reposts).
 * A detected pair is counted right when it is an injected repost, or when an independent exact
 * measure agrees: same employer and the two texts' word-trigram Jaccard ≥ 0.8. Pairs with no
 * text on a side cannot be checked that way and are counted apart.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { foldText } from '../src/domain/index.ts';
import {
  readJsonLine,
  RepostIndex,
  normalizePosting,
  type ReadItem,
} from '../src/ingest/postings/index.ts';
import { csvFields, mapColumns } from '../src/ingest/postings/read-csv.ts';
import { employerKey, titleKey } from '../src/ingest/postings/repost-index.ts';
import { loadNormalizeTables } from '../src/reference/normalize-tables.ts';
import { classifyTitle } from '../src/reference/roles.ts';
import { SHARED_DIR, type Evaluation, type EvalTarget } from './evaluation.ts';
import { buildFranceTravailFeed, FT_CSV } from './france-travail-feed.ts';

const tables = loadNormalizeTables();
const INDEED = join(SHARED_DIR, 'data', 'indeed-fr-2019-tech-offres', 'indeed_fr_2019_offres.csv');

interface Item {
  readonly identifier: string;
  readonly employer: string;
  readonly text: string;
  readonly title: string;
  readonly postedOn: string;
  readonly place: string;
  readonly titleKey: string;
}

function trigrams(text: string): Set<string> {
  const w = foldText(text).match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i += 1) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

interface Detection {
  readonly pairs: [Item, Item][];
  /** identifier → identifier of the cluster's first item. */
  readonly cluster: Map<string, string>;
  readonly items: Item[];
}

function detect(records: Iterable<ReadItem>): Detection {
  const index = new RepostIndex();
  const byId = new Map<string, Item>();
  const head = new Map<string, Item>();
  const cluster = new Map<string, string>();
  const pairs: [Item, Item][] = [];
  const items: Item[] = [];
  const ctx = {
    sourceId: 'eval',
    classify: (t: string) => classifyTitle(t),
    tables,
    ingestedAt: '2026-12-01T00:00:00Z',
  };
  for (const r of records) {
    if (!('record' in r)) continue;
    const p = normalizePosting(r.record, ctx);
    if ('error' in p || index.postingOf(p.sighting.id) !== undefined) continue;
    const item: Item = {
      identifier: p.sighting.identifier,
      employer: employerKey(p.sighting.employer),
      text: r.record.fields.description,
      title: p.sighting.title,
      postedOn: p.sighting.postedOn,
      place: `${p.sighting.country}|${p.sighting.city}`,
      titleKey: titleKey(p.sighting.title),
    };
    items.push(item);
    const postingId = index.match(p.key) ?? p.sighting.id;
    index.add({ ...p.key, postingId });
    byId.set(p.sighting.id, item);
    if (postingId === p.sighting.id) head.set(postingId, item);
    const first = head.get(postingId) as Item;
    cluster.set(item.identifier, first.identifier);
    if (first !== item) pairs.push([first, item]);
  }
  return { pairs, cluster, items };
}

function judge(pairs: [Item, Item][], injected: ReadonlyMap<string, string>) {
  let right = 0;
  let wrong = 0;
  let unverifiable = 0;
  const wrongExamples: string[] = [];
  for (const [a, b] of pairs) {
    if (injected.get(b.identifier) === a.identifier) {
      right += 1;
      continue;
    }
    if (a.text.length < 100 || b.text.length < 100) {
      unverifiable += 1;
      continue;
    }
    if (a.employer === b.employer && jaccard(trigrams(a.text), trigrams(b.text)) >= 0.8) right += 1;
    else {
      wrong += 1;
      if (wrongExamples.length < 4)
        wrongExamples.push(
          `"${a.title}" (${a.postedOn}) ~ "${b.title}" (${b.postedOn}), trigram Jaccard ${jaccard(trigrams(a.text), trigrams(b.text)).toFixed(2)}`,
        );
    }
  }
  return {
    right,
    wrong,
    unverifiable,
    wrongExamples,
    precision: right + wrong > 0 ? right / (right + wrong) : 1,
  };
}

/** Reference pairs (same employer, place and normalized title, ≤ 42 days, trigram Jaccard
 * ≥ 0.8): the share found. */
function referenceRecall(d: Detection): { found: number; total: number } {
  const blocks = new Map<string, Item[]>();
  for (const it of d.items) {
    if (!it.employer || it.text.length < 100) continue;
    const key = `${it.employer}|${it.place}|${it.titleKey}`;
    blocks.set(key, [...(blocks.get(key) ?? []), it]);
  }
  let total = 0;
  let found = 0;
  for (const list of blocks.values()) {
    if (list.length > 400) continue;
    const grams = list.map((x) => trigrams(x.text));
    for (let i = 0; i < list.length; i += 1)
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i] as Item;
        const b = list[j] as Item;
        if (Math.abs(Date.parse(a.postedOn) - Date.parse(b.postedOn)) > 42 * 86_400_000) continue;
        if (jaccard(grams[i] as Set<string>, grams[j] as Set<string>) < 0.8) continue;
        total += 1;
        if (d.cluster.get(a.identifier) === d.cluster.get(b.identifier)) found += 1;
      }
  }
  return { found, total };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function csvItems(path: string, name: string): ReadItem[] {
  const rows = parse(readFileSync(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const map = mapColumns(Object.keys(rows[0] ?? {}));
  if (typeof map === 'string') throw new Error(map);
  return rows.map((row, i) => {
    const { salaryText, ...fields } = csvFields(row, map);
    return { record: { fields, location: `${name} row ${i + 1}`, salaryText } };
  });
}

const evaluation: Evaluation = {
  name: 'postings: repost detection (precision, recall)',
  async run() {
    const report: string[] = [];
    const targets: EvalTarget[] = [];
    if (existsSync(FT_CSV)) {
      const dir = mkdtempSync(join(tmpdir(), 'fourchette-reposts-'));
      try {
        const feed = buildFranceTravailFeed(dir);
        const lines = readFileSync(feed.path, 'utf8').split('\n');
        const d = detect(lines.flatMap((l, i) => readJsonLine(l, i + 1, 'feed.jsonl')));
        const caught = [...feed.reposts].filter(
          ([r, o]) => d.cluster.get(r) === d.cluster.get(o),
        ).length;
        const j = judge(d.pairs, feed.reposts);
        report.push(
          `France Travail feed: ${feed.counts.lines} lines, ${feed.reposts.size} injected reposts, ${feed.counts.resent} resent lines; ${d.pairs.length} repost pairs detected`,
          `  injected reposts recognised: ${caught}/${feed.reposts.size} (${pct(caught / feed.reposts.size)})`,
          `  detected pairs: ${j.right} right, ${j.wrong} wrong, ${j.unverifiable} without text to check → precision ${pct(j.precision)}`,
          ...j.wrongExamples.map((e) => `    wrong: ${e}`),
        );
        targets.push({
          name: 'France Travail feed: injected reposts recognised ≥ 95%',
          ok: caught / feed.reposts.size >= 0.95,
          measured: pct(caught / feed.reposts.size),
        });
        targets.push({
          name: 'France Travail feed: repost precision ≥ 95%',
          ok: j.precision >= 0.95,
          measured: `${pct(j.precision)} (${j.right}/${j.right + j.wrong})`,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    for (const [name, path] of [
      ['france-travail-offres-data-ia', FT_CSV],
      ['indeed-fr-2019-tech-offres', INDEED],
    ] as const) {
      if (!existsSync(path)) {
        report.push(`${name}: not found, skipped`);
        continue;
      }
      const d = detect(csvItems(path, name));
      const j = judge(d.pairs, new Map());
      const r = referenceRecall(d);
      report.push(
        `${name} as it is: ${d.items.length} offers, ${d.pairs.length} repost pairs detected: ${j.right} confirmed by the text, ${j.wrong} not, ${j.unverifiable} without text (not checkable)`,
        `  precision ${pct(j.precision)}; reference pairs (same employer, place and title, ≤ 42 days, trigram Jaccard ≥ 0.8) found: ${r.found}/${r.total}${r.total ? ` (${pct(r.found / r.total)})` : ''}`,
        ...j.wrongExamples.map((e) => `    not confirmed: ${e}`),
      );
      targets.push({
        name: `${name}: repost precision ≥ 90% (pairs with text)`,
        ok: j.precision >= 0.9,
        measured: `${pct(j.precision)} (${j.right}/${j.right + j.wrong})`,
      });
    }
    return { report, targets };
  },
};

export default evaluation;
