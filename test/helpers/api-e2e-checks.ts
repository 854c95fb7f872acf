/** The API end-to-end checks, asked of any running server by its base URL: the single-process
 * suite (test/api-e2e.test.ts) and the two-process one (test/server/server-mode.test.ts) run the
 * same ones. */
import assert from 'node:assert/strict';

/** What the first start on a new store logs once the bundled aijobs.net rows are in. */
export const BUNDLED_LOADED = /loaded 76258 observations from bundled source aijobs-salaries/;
/** Any bundled load (a second start must log none). */
export const ANY_LOAD = /loaded \d+ observations/;

/** /api/stats for ML engineers in France: a count, its sources, ordered percentiles in a yearly
 * EUR range a salary can have. */
export async function checkMlEngineersInFrance(base: string): Promise<void> {
  const res = await fetch(`${base}/api/stats?role=ml-engineer&country=FR`);
  assert.equal(res.status, 200, `${base}: ${res.status}`);
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
}

/** /health: ok, with at least the bundled observations stored. */
export async function checkHealth(base: string): Promise<void> {
  const body = (await (await fetch(`${base}/health`)).json()) as {
    status: string;
    observations: number;
  };
  assert.equal(body.status, 'ok');
  assert.ok(body.observations >= 76258, `observations ${body.observations}`);
}
