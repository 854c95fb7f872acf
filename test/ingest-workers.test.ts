/** `fourchette ingest FILE --workers N` on the PostgreSQL store, as a user runs it (the CLI in a
 * process of its own; the runs without workers, through the same service call, and the wrong uses
 * in this one): two workers store exactly what one ingest in process stores (the same
 * sightings, reposts and observations, bad lines numbered as in the file); a run killed midway
 * leaves the rest queued and the same command finishes it, with nothing lost or stored twice;
 * wrong uses get a message naming the fix. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { freshDatabaseUrl, postgresSkip as skip } from '../src/store/testing/postgres-databases.ts';
import { readConfig } from '../src/config.ts';
import { ingestPostingFile, openAppContext } from '../src/service/index.ts';
import { runFourchette } from './helpers/cli-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'fourchette-workers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Postings of 30 employers in 5 cities: every 9th reposted under another identifier (same
 * employer, title, place and pay, text reworded slightly), every 13th sent twice, two bad
 * lines and a blank one. */
function feed(count: number): string[] {
  const cities = ['Paris', 'Lyon', 'Nantes', 'Lille', 'Rennes'];
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const description = `Poste ${i} : vous construisez les pipelines de données de l'équipe ${i % 7}, suivez leur qualité, industrialisez les modèles et accompagnez les analystes au quotidien.`;
    const posting = {
      '@type': 'JobPosting',
      identifier: `ad-${i}`,
      title: i % 2 ? 'Data Engineer' : 'Data Scientist (H/F)',
      description,
      datePosted: `2026-0${1 + (i % 9)}-1${i % 10}`,
      hiringOrganization: { name: `Employer ${i % 30}` },
      jobLocation: { address: { addressLocality: cities[i % 5], addressCountry: 'FR' } },
      ...(i % 3
        ? {
            baseSalary: {
              '@type': 'MonetaryAmount',
              currency: 'EUR',
              value: { minValue: 40_000 + 10 * i, maxValue: 50_000 + 10 * i, unitText: 'YEAR' },
            },
          }
        : {}),
    };
    lines.push(JSON.stringify(posting));
    if (i % 9 === 0)
      lines.push(
        JSON.stringify({
          ...posting,
          identifier: `board-b-${i}`,
          description: `${description} Rejoignez-nous !`,
        }),
      );
    if (i % 13 === 0) lines.push(JSON.stringify(posting));
    if (i === 40) lines.push('{ not json', '', '{"@type": "Person", "name": "x"}');
  }
  return lines;
}

function cli(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What `fourchette ingest FILE --json` reports, from the same service call in this process on
 * a store left without the bundled data (that load, 76 000 rows and the daily rates, is not what
 * is compared here and took a third of this file's time). */
async function ingestHere(env: Record<string, string>, file: string) {
  const ctx = await openAppContext(readConfig({ ...process.env, ...env }), { loadBundled: false });
  try {
    const r = await ingestPostingFile(ctx, file, 'json-lines', { shareEvidence: false });
    return { file, ...r, bad: r.bad.map((b) => b.message) } as Record<string, unknown>;
  } finally {
    await ctx.store.close();
  }
}

/** The CLI in this process (no process start-up): for the runs that fork no worker. */
async function inProcess(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ status: number; stdout: string; stderr: string }> {
  const r = await runFourchette(args, { ...process.env, ...env });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

async function rows(url: string, sql: string): Promise<unknown[][]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query({ text: sql, rowMode: 'array' })).rows as unknown[][];
  } finally {
    await client.end();
  }
}

const SIGHTINGS = 'SELECT id, posting_id FROM posting_sightings ORDER BY id';
const OBSERVATIONS =
  "SELECT id, low, high, currency FROM observations WHERE source_id = 'postings-ads' ORDER BY id";

describe('fourchette ingest --workers on PostgreSQL', { skip, timeout: 300_000 }, () => {
  const file = join(dir, 'ads.jsonl');
  let lines: string[];
  let oneProcess: { url: string; report: Record<string, unknown> };
  const envOf = (url: string, data: string) => ({
    FOURCHETTE_STORE: 'postgres',
    DATABASE_URL: url,
    FOURCHETTE_DATA_DIR: join(dir, data),
  });

  before(async () => {
    lines = feed(1_500);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const url = await freshDatabaseUrl();
    oneProcess = { url, report: await ingestHere(envOf(url, 'one'), file) };
  });

  it('two workers store what one ingest in process stores, and report it the same way', async () => {
    const url = await freshDatabaseUrl();
    const r = cli(envOf(url, 'two'), 'ingest', file, '--workers', '2', '--json');
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const key of ['read', 'stored', 'reposts', 'resent', 'observations', 'bad', 'sourceId'])
      assert.deepEqual(report[key], oneProcess.report[key], key);
    assert.equal(report.read, 1_500 + Math.ceil(1_500 / 9) + Math.ceil(1_500 / 13));
    assert.ok((report.reposts as number) >= 150, String(report.reposts));
    // The bad lines as numbered in the file (1-based; the blank line is no record).
    const bad = lines.flatMap((l, i) =>
      l.startsWith('{ not') || l.includes('Person') ? [i + 1] : [],
    );
    assert.deepEqual(
      (report.bad as string[]).map((m) => Number(/line (\d+)/.exec(m)?.[1])),
      bad,
    );
    assert.match((report.bad as string[])[0] ?? '', /^ads\.jsonl line \d+: invalid JSON/);
    assert.match(r.stderr, /ingest .*ads\.jsonl \(2 workers\): \d+ records read/);
    // The same sightings grouped into the same postings, the same observations.
    assert.deepEqual(await rows(url, SIGHTINGS), await rows(oneProcess.url, SIGHTINGS));
    assert.deepEqual(await rows(url, OBSERVATIONS), await rows(oneProcess.url, OBSERVATIONS));
    assert.deepEqual(await rows(url, 'SELECT count(*)::int FROM posting_queue'), [[0]]);
    // Again: nothing is stored twice, every posting is sent again; the in-process ingest of the
    // same file then starts after its end (the cursor was saved).
    const again = cli(envOf(url, 'two'), 'ingest', file, '--workers', '2', '--json');
    assert.equal(again.status, 0, again.stderr);
    const second = JSON.parse(again.stdout) as Record<string, unknown>;
    assert.equal(second.stored, 0);
    assert.equal(second.observations, 0);
    assert.equal(second.resent, report.read);
    assert.equal((await ingestHere(envOf(url, 'two'), file)).read, 0);
  });

  it('a run killed midway leaves the rest queued; the same command finishes it, nothing twice', async () => {
    const url = await freshDatabaseUrl();
    const env = envOf(url, 'killed');
    // Killed with its workers (its process group, as Ctrl-C or a stopped terminal does) once a
    // first job is stored.
    const killed = await new Promise<{ signal: string | null }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'ingest', file, '--workers', '2'],
        { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
      );
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (/\(2 workers\): [1-9]\d* records read/.test(err) && child.pid)
          process.kill(-child.pid, 'SIGKILL');
      });
      child.on('error', reject);
      child.on('exit', (_code, signal) => resolve({ signal }));
    });
    assert.equal(killed.signal, 'SIGKILL', 'the run was stopped before its end');
    const [[left]] = (await rows(url, 'SELECT count(*)::int FROM posting_queue')) as [[number]];
    assert.ok(left > 0, 'jobs are left in the queue');
    const r = cli(env, 'ingest', file, '--workers', '2', '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /jobs of this feed were still queued by an earlier run: finishing them/);
    assert.deepEqual(await rows(url, 'SELECT count(*)::int FROM posting_queue'), [[0]]);
    assert.deepEqual(await rows(url, SIGHTINGS), await rows(oneProcess.url, SIGHTINGS));
    assert.deepEqual(await rows(url, OBSERVATIONS), await rows(oneProcess.url, OBSERVATIONS));
  });

  it('names the fix for a wrong use', async () => {
    const url = await freshDatabaseUrl();
    const env = envOf(url, 'wrong');
    const zero = await inProcess(env, 'ingest', file, '--workers', '0');
    assert.equal(zero.status, 2);
    assert.match(zero.stderr, /--workers "0" is invalid \(expected a whole number from 1 to 64/);
    const csv = join(dir, 'ads.csv');
    writeFileSync(csv, 'title,description\nData Engineer,Pipelines\n');
    const onCsv = await inProcess(env, 'ingest', csv, '--workers', '2');
    assert.equal(onCsv.status, 2);
    assert.match(
      onCsv.stderr,
      /--workers reads JSON Lines feeds .*ads\.csv is a CSV feed \(leave out --workers/,
    );
    const embedded = await inProcess(
      { FOURCHETTE_STORE: 'duckdb', FOURCHETTE_DATA_DIR: join(dir, 'embedded') },
      'ingest',
      file,
      '--workers',
      '2',
    );
    assert.equal(embedded.status, 2);
    assert.match(
      embedded.stderr,
      /--workers needs the PostgreSQL server store, .*\(set FOURCHETTE_STORE=postgres and DATABASE_URL/,
    );
  });
});
