import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { announceStarting, writeServerAddress } from '../server-address.ts';
import { runningServerUrl, serverFilePath } from './server-file.ts';

describe('the running server of a data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fourchette-server-file-'));
  let server: Server;
  let url: string;
  const write = (content: string) => writeFileSync(serverFilePath(dir), content);

  before(async () => {
    server = createServer((req, res) => {
      res.writeHead(req.url === '/health' ? 200 : 404).end('{}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the url of server.json when its process lives and its url answers', async () => {
    write(JSON.stringify({ url: `${url}/`, pid: process.pid }));
    assert.equal(await runningServerUrl(dir), url);
  });

  it('is none without server.json, or with a half-written one', async () => {
    rmSync(serverFilePath(dir), { force: true });
    assert.equal(await runningServerUrl(dir), null);
    write('{"url": "http://127.0.0.1');
    assert.equal(await runningServerUrl(dir), null);
    write(JSON.stringify({ url: 'ftp://x', pid: process.pid }));
    assert.equal(await runningServerUrl(dir), null);
  });

  it('ignores a file left by a server that died (its pid is gone)', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    write(JSON.stringify({ url, pid: dead }));
    assert.equal(await runningServerUrl(dir), null);
  });

  it('ignores a file whose url does not answer (the pid reused by another process)', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    write(JSON.stringify({ url: `http://127.0.0.1:${port}`, pid: process.pid }));
    assert.equal(await runningServerUrl(dir), null);
  });

  it('waits for a server that is starting, then asks it', async () => {
    rmSync(serverFilePath(dir), { force: true });
    assert.equal(announceStarting(dir), true);
    const waited: number[] = [];
    setTimeout(() => writeServerAddress(dir, { url, pid: process.pid }), 300);
    assert.equal(await runningServerUrl(dir, 5000, { onWait: (pid) => waited.push(pid) }), url);
    assert.deepEqual(waited, [process.pid]);
  });

  it('says so, with the code server-starting, when the start takes too long', async () => {
    assert.equal(announceStarting(dir), true);
    await assert.rejects(runningServerUrl(dir, 5000, { maxMs: 300 }), (error: Error) => {
      assert.equal((error as Error & { code?: string }).code, 'server-starting');
      assert.match(error.message, /is still starting after 0 s; run the command again/);
      return true;
    });
  });

  it("does not wait for a start that died, nor let a start take a live server's file", async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    write(JSON.stringify({ pid: dead, starting: true }));
    assert.equal(await runningServerUrl(dir, 5000, { maxMs: 60_000 }), null);
    writeServerAddress(dir, { url, pid: process.pid });
    assert.equal(announceStarting(dir, dead), false);
    assert.equal(await runningServerUrl(dir), url);
  });
});
