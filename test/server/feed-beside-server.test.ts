/** `fourchette ingest FEED.jsonl` beside `fourchette serve` on the same DuckDB data folder: the
 * server holds the store, so the feed goes to it in parts (POST /api/ingest/postings), with the
 * report the command prints in process; a second run resends nothing. Real processes,
 * 127.0.0.1 only, bounded in time. */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'fourchette-feed-'));
const env = { ...process.env, FOURCHETTE_DATA_DIR: dir };

function fourchette(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CITIES = ['Lyon', 'Paris', 'Lille', 'Nantes', 'Bordeaux', 'Rennes', 'Toulouse', 'Nice'];
const TITLES = ['Data Scientist', 'Data Engineer', 'ML Engineer', 'Data Analyst'];
/** A JobPosting line of about 1.2 kB: each one its own posting (own company and words). */
function posting(i: number): string {
  const city = CITIES[i % CITIES.length] ?? 'Lyon';
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: `feed-${i}`,
    title: `${TITLES[i % TITLES.length] ?? 'Data Scientist'} (H/F)`,
    description: `Poste ${i} chez Entreprise ${i} à ${city}. `.repeat(4) + 'x'.repeat(900),
    datePosted: '2026-10-02',
    hiringOrganization: { '@type': 'Organization', name: `Entreprise ${i}` },
    jobLocation: { '@type': 'Place', address: { addressLocality: city, addressCountry: 'FR' } },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: {
        '@type': 'QuantitativeValue',
        minValue: 40_000 + (i % 50) * 500,
        maxValue: 50_000 + (i % 50) * 500,
        unitText: 'YEAR',
      },
    },
  });
}

const LINES = 3_200;
const BAD_LINE = 3_000;

describe('a posting feed ingested beside a running server', { timeout: 240_000 }, () => {
  let server: ChildProcess;
  let url = '';
  const feed = join(dir, 'feed.jsonl');

  before(async () => {
    // Over 3.5 MB: more than one part of the 1.5 MB the command sends at a time.
    const lines = Array.from({ length: LINES }, (_, i) =>
      i + 1 === BAD_LINE ? '{"@type": "JobPosting", "title": ' : posting(i + 1),
    );
    writeFileSync(feed, `${lines.join('\n')}\n`);
    assert.ok(statSync(feed).size > 3_500_000);
    server = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--json'],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      let out = '';
      server.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) {
          url = (JSON.parse(line) as { url: string }).url;
          resolve();
        }
      });
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
  });
  after(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands the feed to the server in parts, numbering a bad line as in the file', () => {
    const r = fourchette('ingest', '--json', feed);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(report.file, feed);
    assert.equal(report.sourceId, 'postings-feed');
    assert.equal(report.read, LINES - 1);
    assert.equal(report.stored, LINES - 1);
    assert.equal(report.observations, (report.stored as number) - (report.reposts as number));
    assert.deepEqual(
      (report.bad as string[]).map((m) => /line (\d+)/.exec(m)?.[1]),
      [String(BAD_LINE)],
    );
    // Progress on stderr names the server it went to.
    assert.match(r.stderr, /ingest .*feed\.jsonl \(via http:\/\/127\.0\.0\.1:\d+\)/);
  });

  it('resumes after what the server stored: a second run stores nothing again', () => {
    const r = fourchette('ingest', '--json', feed);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Record<string, number>;
    assert.equal(report.resumedAfter, LINES);
    assert.equal(report.stored, 0);
    assert.equal(report.observations, 0);
    const again = JSON.parse(fourchette('ingest', '--json', '--from-start', feed).stdout) as Record<
      string,
      number
    >;
    assert.equal(again.resumedAfter, 0);
    assert.equal(again.stored, 0);
    assert.equal(again.resent, LINES - 1);
  });

  it('refuses a part sent before the parts it follows', async () => {
    const res = await fetch(`${url}/api/ingest/postings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        path: join(dir, 'other.jsonl'),
        format: 'json-lines',
        content: `${posting(1)}\n`,
        firstLine: 11,
        firstRecord: 10,
      }),
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'invalid-parameter');
    assert.match(body.error.message, /cursor is at record 0, before this part \(record 10\)/);
  });
});
