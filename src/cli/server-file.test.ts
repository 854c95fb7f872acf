import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
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
});
