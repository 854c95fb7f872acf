import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDuckDbStore } from '../../store/index.ts';

const CHILD = fileURLToPath(new URL('./testing/ingest-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'fourchette-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function feed(count: number): string {
  const cities = ['Paris', 'Lyon', 'Nantes', 'Lille'];
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const text = `Poste ${i % 50} : vous construisez les pipelines de données de l'équipe ${i % 7}, suivez leur qualité et accompagnez les analystes au quotidien.`;
    const p = {
      '@type': 'JobPosting',
      identifier: `ad-${i}`,
      title: i % 2 ? 'Data Engineer' : 'Data Scientist (H/F)',
      description: text,
      datePosted: `2026-0${1 + (i % 9)}-1${i % 10}`,
      hiringOrganization: { name: `Employer ${i % 40}` },
      jobLocation: { address: { addressLocality: cities[i % 4], addressCountry: 'FR' } },
      ...(i % 3
        ? {
            baseSalary: {
              currency: 'EUR',
              value: { minValue: 40000 + i, maxValue: 50000 + i, unitText: 'YEAR' },
            },
          }
        : {}),
    };
    lines.push(JSON.stringify(p));
    if (i % 10 === 0) lines.push(JSON.stringify({ ...p, identifier: `ad-${i}-again` }));
    if (i % 25 === 0) lines.push('{ not json');
  }
  return lines.join('\n');
}

/** Runs the child; with `killAfter`, kills it (SIGKILL) once it printed that many batches. */
function ingest(db: string, path: string, killAfter?: number): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let batches = 0;
    child.stdout.on('data', (d: Buffer) => {
      batches += String(d)
        .split('\n')
        .filter((l) => l.startsWith('batch')).length;
      if (killAfter !== undefined && batches >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve({ killed: true })
        : code === 0
          ? resolve({ killed: false })
          : reject(new Error(`child exited with ${code}`)),
    );
  });
}

async function contents(db: string) {
  const store = await openDuckDbStore(db);
  try {
    const keys = (await store.postingSightingKeys()).map((k) => `${k.id}>${k.postingId}`).sort();
    const observations = (await store.listObservations({}, { limit: 10_000, offset: 0 })).items
      .map((o) => o.id)
      .sort();
    return { keys, observations };
  } finally {
    await store.close();
  }
}

describe('a killed posting ingest', () => {
  it('loses and duplicates nothing once rerun', async () => {
    const path = join(dir, 'feed.jsonl');
    writeFileSync(path, feed(1500));
    const killedDb = join(dir, 'killed.duckdb');
    const first = await ingest(killedDb, path, 4);
    assert.equal(first.killed, true, 'the first run is killed mid-way');
    const partial = await contents(killedDb);
    assert.ok(
      partial.keys.length > 0 && partial.keys.length < 1500,
      `partly stored: ${partial.keys.length}`,
    );
    await ingest(killedDb, path);
    const cleanDb = join(dir, 'clean.duckdb');
    await ingest(cleanDb, path);
    const [resumed, clean] = [await contents(killedDb), await contents(cleanDb)];
    assert.equal(
      clean.keys.length,
      1500 + 150,
      'each identifier once (an "-again" one is a repost sighting)',
    );
    const diff = (a: string[], b: string[]) => a.filter((x) => !b.includes(x)).slice(0, 5);
    assert.deepEqual([diff(resumed.keys, clean.keys), diff(clean.keys, resumed.keys)], [[], []]);
    assert.deepEqual(resumed.keys, clean.keys);
    assert.deepEqual(resumed.observations, clean.observations);
  });
});
