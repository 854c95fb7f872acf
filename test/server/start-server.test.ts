/** `npm run start:server` as a user runs it: refuses to start without a reachable Redis, and
 * with one serves from a cluster of processes, replaces one that dies, announces itself in
 * `<dataDir>/server.json` and removes the file when stopped. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { freePort, waitFor } from './processes.ts';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
const dir = mkdtempSync(join(tmpdir(), 'fourchette-start-server-'));
const entry = join(import.meta.dirname ?? '.', '..', '..', 'src', 'server-mode.ts');

function startServer(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', entry], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, FOURCHETTE_DATA_DIR: dir, REDIS_URL: '', DATABASE_URL: '', ...env },
  });
}

async function admin(sql: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: `${SERVER}/postgres`,
    connectionTimeoutMillis: 2_000,
  });
  try {
    await client.connect();
    await client.query(sql);
    await client.end();
    return true;
  } catch {
    return false;
  }
}

describe('npm run start:server', { timeout: 300_000 }, () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start without REDIS_URL, saying what it is for', () => {
    const r = startServer({ DATABASE_URL: `${SERVER}/fourchette` });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /server mode needs REDIS_URL, shared by its processes/);
  });

  it('refuses to start when Redis does not answer, naming the address', async () => {
    const port = await freePort();
    const r = startServer({
      DATABASE_URL: `${SERVER}/fourchette`,
      REDIS_URL: `redis://:pw@127.0.0.1:${port}`,
    });
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      new RegExp(`cannot reach Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}`),
    );
    assert.match(r.stderr, /ECONNREFUSED/);
    assert.doesNotMatch(r.stderr, /:pw@/);
  });

  it('serves from two processes, replaces one that dies, and removes server.json when stopped', async (t) => {
    const name = `fourchette_cluster_${process.pid}_${Date.now()}`;
    if (!(await admin(`CREATE DATABASE ${name}`))) return t.skip('PostgreSQL is not reachable');
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: {
        ...process.env,
        FOURCHETTE_DATA_DIR: dir,
        DATABASE_URL: `${SERVER}/${name}`,
        REDIS_URL: 'redis://127.0.0.1:6379',
        FOURCHETTE_WORKERS: '2',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const file = join(dir, 'server.json');
      await waitFor('server.json', async () => existsSync(file), 200_000, 200).catch((error) => {
        throw new Error(`${(error as Error).message}; output: ${out}`);
      });
      const address = JSON.parse(readFileSync(file, 'utf8')) as { url: string; pid: number };
      assert.deepEqual(address, { url: `http://127.0.0.1:${port}`, pid: child.pid });
      await waitFor(
        'two workers',
        async () => (out.match(/worker \d+ serving/g) ?? []).length === 2,
        30_000,
      );
      const health = await fetch(`${address.url}/health`);
      assert.equal(health.status, 200);
      const pid = Number(/worker (\d+) serving/.exec(out)?.[1]);
      process.kill(pid, 'SIGKILL');
      await waitFor(
        'a replacement',
        async () => (out.match(/worker \d+ serving/g) ?? []).length === 3,
        30_000,
      );
      assert.match(out, new RegExp(`worker ${pid} stopped \\(SIGKILL\\); starting another`));
      assert.equal((await fetch(`${address.url}/health`)).status, 200);
      child.kill('SIGTERM');
      await exited;
      assert.equal(existsSync(file), false);
    } finally {
      child.kill('SIGKILL');
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
