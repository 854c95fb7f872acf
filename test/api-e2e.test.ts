/** End to end on the bundled data: a fresh data folder, the real server on a free port. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../src/config.ts';
import { runServer } from '../src/server-main.ts';

describe('the server on a fresh data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fourchette-e2e-'));
  let server: Awaited<ReturnType<typeof runServer>>;
  const log: string[] = [];

  before(async () => {
    // No estimator fit: about 6 s of CPU that no test here reads (the fit runs when the seeded
    // folder is made, test/helpers/seeded-data.ts, and in the estimator-cache tests).
    server = await runServer(
      readConfig({ FOURCHETTE_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' }),
      (l) => log.push(l),
      { warmEstimator: false },
    );
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the bundled aijobs.net observations on first start', () => {
    assert.ok(
      log.some((l) => /loaded 76258 observations from bundled source aijobs-salaries/.test(l)),
      log.join('\n'),
    );
  });

  it('returns percentiles with count and sources for ML engineers in France', async () => {
    const res = await fetch(`${server.url}/api/stats?role=ml-engineer&country=FR`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      count: number;
      sources: number;
      percentiles: { p10: number; p25: number; p50: number; p75: number; p90: number } | null;
    };
    assert.ok(body.count >= 5, `count ${body.count}`);
    assert.ok(body.sources >= 1);
    assert.ok(body.percentiles);
    const { p10, p25, p50, p75, p90 } = body.percentiles;
    assert.ok(p10 <= p25 && p25 <= p50 && p50 <= p75 && p75 <= p90);
    assert.ok(p50 > 20_000 && p50 < 300_000, `median ${p50} EUR a year`);
  });

  it('reports health with the number of stored observations', async () => {
    const body = (await (await fetch(`${server.url}/health`)).json()) as {
      status: string;
      observations: number;
    };
    assert.equal(body.status, 'ok');
    assert.ok(body.observations >= 76258);
  });

  it('does not load the bundled data twice when the server starts again', async () => {
    await server.close();
    const again: string[] = [];
    server = await runServer(
      readConfig({ FOURCHETTE_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' }),
      (l) => again.push(l),
      { warmEstimator: false },
    );
    assert.ok(!again.some((l) => /loaded \d+ observations/.test(l)), again.join('\n'));
    const body = (await (await fetch(`${server.url}/health`)).json()) as { observations: number };
    assert.ok(body.observations >= 76258);
  });
});
