/** The CLI as a user runs it on a fresh data folder: real processes for the first command (it
 * loads the bundled data), an exit code and the server beside the CLI (on a seeded folder); the
 * other commands run `main` in this process (test/helpers/cli-run.ts), saving a Node start-up
 * each. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { startReplayServer } from '../src/ingest/postings/france-travail/replay-server.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runFourchette } from './helpers/cli-run.ts';
import { seededDataDir } from './helpers/seeded-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'fourchette-cli-'));
const env = { ...process.env, FOURCHETTE_DATA_DIR: dir };

/** `fourchette <args>` as a process of its own. */
function fourchetteProcess(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `fourchette <args>` through its main function, in this process. */
const fourchette = (...args: string[]) => runFourchette(args, env);

describe('fourchette CLI', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the statistics of a filter as JSON, from a process of its own', () => {
    const r = fourchetteProcess('stats', '--role', 'ml-engineer', '--country', 'fr', '--json');
    assert.equal(r.code, 0, r.stderr);
    const body = JSON.parse(r.stdout) as {
      count: number;
      percentiles: unknown;
      filter: Record<string, unknown>;
    };
    assert.ok(body.count >= 5);
    assert.ok(body.percentiles);
    assert.equal(body.filter.country, 'FR');
  });

  it('lists sources as the API does', async () => {
    const r = await fourchette('sources', '--json');
    assert.equal(r.code, 0, r.stderr);
    const first = (JSON.parse(r.stdout) as { items: { id: string; licence: string }[] }).items[0];
    assert.ok(first);
    assert.equal(first.id, 'aijobs-salaries');
    assert.equal(first.licence, 'CC0-1.0');
  });

  it('prints the market of the bundled records as one JSON object, the twin of its route', async () => {
    const r = await fourchette(
      'market',
      '--json',
      '--source',
      'aijobs-salaries',
      '--country',
      'US',
      '--year',
      '2025',
    );
    assert.equal(r.code, 0, r.stderr);
    const body = JSON.parse(r.stdout) as {
      basis: string;
      postings: number;
      withPay: number;
      remoteShare: number;
      months: { month: string; postings: number }[];
      places: { place: string; postings: number }[];
    };
    assert.equal(body.basis, 'records');
    assert.ok(body.postings > 1000);
    assert.ok(body.withPay > 0 && body.withPay <= 1);
    assert.ok(body.remoteShare > 0 && body.remoteShare < 1);
    assert.ok(body.months.every((m) => /^2025-\d\d$/.test(m.month)));
    assert.equal(body.places[0]?.place, 'US');
    const sorted = body.places.map((p) => p.postings);
    assert.deepEqual(
      sorted,
      [...sorted].sort((a, b) => b - a),
    );
    const bad = await fourchette('market', '--year', '2025', '--year-from', '2024');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /either year or yearFrom\/yearTo/);
  });

  it('refuses a bad value with one line naming it and exit code 2', () => {
    const r = fourchetteProcess('stats', '--level', 'senor');
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /--level has invalid value "senor" \(expected one of intern, junior/);
  });

  it('refuses an unknown option and an unknown command', async () => {
    assert.equal((await fourchette('stats', '--colour', 'blue')).code, 2);
    const r = await fourchette('statz');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command "statz"/);
  });

  it('ingests a job ad once, however often it is given', async () => {
    const file = join(dir, 'ad.txt');
    writeFileSync(
      file,
      'Data Engineer (H/F) à Nantes. Salaire : 48 000 à 56 000 € brut par an. Tickets restaurant 9 €.',
    );
    const first = await fourchette(
      'ingest',
      '--json',
      '--kind',
      'posting',
      '--date',
      '2024-06-03',
      file,
    );
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(
      (({ facts, inserted, skipped }) => ({ facts, inserted, skipped }))(
        JSON.parse(first.stdout) as Record<string, number>,
      ),
      { facts: 1, inserted: 1, skipped: 0 },
    );
    const again = JSON.parse(
      (await fourchette('ingest', '--json', '--kind', 'posting', '--date', '2024-06-03', file))
        .stdout,
    ) as Record<string, number>;
    assert.equal(again.inserted, 0);
    assert.equal(again.skipped, 1);
    const bad = await fourchette('ingest', '--date', '2024-13-45', file);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--date "2024-13-45" is invalid/);
  });

  it('answers beside a running server on the same data folder, and hands it an ingest', async () => {
    // A seeded folder: the server finds its estimator fitted (its start would fit it, and its
    // stop wait for the fit).
    const served = await seededDataDir('fourchette-cli-served-');
    // The France Travail API as the server reaches it: a local replay.
    const replay = await startReplayServer({ clientId: 'app-id', clientSecret: 's3cret' });
    const servedEnv = {
      ...process.env,
      FOURCHETTE_DATA_DIR: served,
      FRANCE_TRAVAIL_TOKEN_URL: replay.tokenUrl,
      FRANCE_TRAVAIL_API_URL: replay.apiUrl,
    };
    const server = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--json'],
      { env: servedEnv, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const line = out.split('\n').find((l) => l.startsWith('{'));
          if (line) resolve((JSON.parse(line) as { url: string }).url);
        });
        server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      assert.ok(existsSync(join(served, 'server.json')));
      const stats = await runFourchette(
        ['stats', '--role', 'ml-engineer', '--country', 'FR', '--json'],
        servedEnv,
      );
      assert.equal(stats.code, 0, stats.stderr);
      const fromServer = await (await fetch(`${url}/api/stats?role=ml-engineer&country=FR`)).text();
      assert.equal(stats.stdout, `${fromServer}\n`);
      const file = join(served, 'beside.txt');
      writeFileSync(file, 'Data scientist à Lille : 50 000 € brut par an.');
      const ingest = await runFourchette(
        ['ingest', '--json', '--date', '2024-06-03', file],
        servedEnv,
      );
      assert.equal(ingest.code, 0, ingest.stderr);
      assert.equal((JSON.parse(ingest.stdout) as { inserted: number }).inserted, 1);
      // Moderation through the server, with the key it left in the folder (owner-only).
      const key = join(served, 'moderator.key');
      assert.equal(statSync(key).mode & 0o777, 0o600);
      const csv = join(served, 'survey.csv');
      writeFileSync(
        csv,
        `role,level,country,employment,amount,currency,period,basis,year\n${[61, 62, 63, 64, 65]
          .map((k) => `data-engineer,senior,FR,employee,${k}000,EUR,year,gross,2025`)
          .join('\n')}\n`,
      );
      const imported = await runFourchette(['contributions', 'import', '--json', csv], servedEnv);
      assert.equal(imported.code, 0, imported.stderr);
      assert.equal((JSON.parse(imported.stdout) as { pending: number }).pending, 5);
      const listed = await runFourchette(['contributions', 'list', '--json'], servedEnv);
      assert.equal(listed.code, 0, listed.stderr);
      const fromApi = await fetch(`${url}/api/admin/contributions`, {
        headers: { authorization: `Bearer ${readFileSync(key, 'utf8').trim()}` },
      });
      assert.equal(listed.stdout, `${await fromApi.text()}\n`);
      const published = await runFourchette(['contributions', 'publish', '--json'], servedEnv);
      assert.equal(published.code, 0, published.stderr);
      assert.equal((JSON.parse(published.stdout) as { published: number }).published, 5);
      // The France Travail connector run by the server, with this command's credentials.
      const ft = await runFourchette(
        ['ingest', '--france-travail', '--since', '2026-11-01', '--until', '2026-12-01', '--rome', 'M1405', '--json'],
        { ...servedEnv, FRANCE_TRAVAIL_CLIENT_ID: 'app-id', FRANCE_TRAVAIL_CLIENT_SECRET: 's3cret' },
      ); // prettier-ignore
      assert.equal(ft.code, 0, ft.stderr);
      assert.match(ft.stderr, /France Travail M1405 \(via http:\/\/127\.0\.0\.1:\d+\)/);
      const feedReport = JSON.parse(ft.stdout.trim().split('\n')[0] ?? '{}') as { stored: number };
      assert.ok(feedReport.stored > 0, ft.stdout);
      const badCode = await runFourchette(
        ['ingest', '--france-travail', '--rome', 'X1'],
        { ...servedEnv, FRANCE_TRAVAIL_CLIENT_ID: 'app-id', FRANCE_TRAVAIL_CLIENT_SECRET: 's3cret' },
      ); // prettier-ignore
      assert.equal(badCode.code, 2);
      assert.match(badCode.stderr, /ROME code "X1" is invalid \(expected a letter and four digits/);
      const noCredentials = await runFourchette(['ingest', '--france-travail'], servedEnv);
      assert.equal(noCredentials.code, 2);
      assert.match(
        noCredentials.stderr,
        /needs FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET/,
      );
      // Without the key the admin API stays shut.
      const wrong = await fetch(`${url}/api/admin/contributions`, {
        headers: { authorization: 'Bearer not-the-key' },
      });
      assert.equal(wrong.status, 401);
    } finally {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    assert.equal(existsSync(join(served, 'server.json')), false);
    assert.equal(existsSync(join(served, 'moderator.key')), false);
    await replay.close();
    rmSync(served, { recursive: true, force: true });
  });

  it('explains each command with --help', async () => {
    for (const cmd of [
      'stats',
      'sources',
      'serve',
      'ingest',
      'estimate',
      'extract',
      'convert',
      'freelance',
      'classify',
    ]) {
      const r = await fourchette(cmd, '--help');
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`Usage: fourchette ${cmd}`));
    }
  });
});
