/** Real processes for the server-mode and fault tests, all on 127.0.0.1: API processes
 * (`fourchette serve`), and a PostgreSQL and a Redis of the test's own (on free ports, in
 * temporary folders) that it may stop and start without touching the shared servers. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const PG_BIN = '/usr/lib/postgresql/15/bin';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: string[];
  stop(): Promise<void>;
  /** Its state for a failure message: running, or how it ended, and the end of its output. */
  state(): string;
}

/** An API process (api-process-main.ts) on a free port with `env`, resolved once it listens. */
export function startApiProcess(
  env: Record<string, string>,
  timeoutMs = 200_000,
): Promise<ApiProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fourchette-api-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname ?? '.', 'api-process-main.ts')],
    {
      env: { ...process.env, FOURCHETTE_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Bounded: a process that ignores SIGTERM for 10 s is killed, so a test's teardown ends.
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const state = () => {
    const ended =
      child.exitCode === null && child.signalCode === null
        ? 'running'
        : `ended (exit code ${child.exitCode}, signal ${child.signalCode})`;
    return `API process ${child.pid} ${ended}; its last output: ${output.join('').slice(-2_000)}`;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`the API process did not listen within ${timeoutMs} ms: ${output.join('')}`),
      );
    }, timeoutMs);
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n') && line) {
        clearTimeout(timer);
        resolve({ url: (JSON.parse(line) as { url: string }).url, child, output, stop, state });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API process exited (${code}): ${output.join('')}`));
    });
  });
}

/** Commands as the postgres user when run as root (PostgreSQL refuses to run as root). */
function asPostgres(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
}

export interface OwnPostgres {
  readonly port: number;
  /** A new empty database on this server. */
  createDatabase(): Promise<string>;
  stop(): void;
  start(): void;
  destroy(): void;
}

/** A PostgreSQL server of the test's own: initdb into a temporary folder, on a free port. */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'fourchette-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (command: string, args: string[]) => {
    const [c, a] = asPostgres(join(PG_BIN, command), args);
    execFileSync(c, a, { stdio: 'pipe', timeout: 30_000 });
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const start = () =>
    run('pg_ctl', [
      '-D', data, '-l', join(dir, 'log'), '-w', '-t', '20',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start',
    ]); // prettier-ignore
  start();
  const server = `postgres://postgres@127.0.0.1:${port}`;
  return {
    port,
    async createDatabase() {
      const name = `fourchette_${randomBytes(4).toString('hex')}`;
      const client = new pg.Client({ connectionString: `${server}/postgres` });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `${server}/${name}`;
    },
    stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    start,
    destroy() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OwnRedis {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A redis-server of the test's own on a free port, keeping nothing on disk. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    await new Promise<void>((resolve, reject) => {
      child?.stdout?.on('data', (d: Buffer) => {
        if (/Ready to accept connections/.test(d.toString())) resolve();
      });
      child?.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    async stop() {
      const c = child as ChildProcess | null;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((resolve) => c.once('exit', resolve));
      c.kill('SIGTERM');
      await exited;
    },
  };
}

/** Repeats `work` until it returns true, every `everyMs`, for at most `timeoutMs`. */
export async function waitFor(
  what: string,
  work: () => Promise<boolean>,
  timeoutMs = 10_000,
  everyMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    if (
      await work().catch((error: unknown) => {
        last = error;
        return false;
      })
    )
      return;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`,
      );
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
