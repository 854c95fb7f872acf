/** GET /api/estimate over HTTP once the model is warm (target: p50 ≤ 5 ms), on the bundled
 * data in a fresh data folder. */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.ts';
import { LEVELS } from '../src/domain/index.ts';
import { runServer } from '../src/server-main.ts';
import type { Benchmark } from './main.ts';

const REQUESTS = 500;
const ROLES = [
  'data-scientist',
  'ml-engineer',
  'data-engineer',
  'data-analyst',
  'ai-engineer',
  'mlops-engineer',
];
const COUNTRIES = ['FR', 'US', 'GB', 'DE', 'ES', 'CA'];

function get(url: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

const bench: Benchmark = {
  name: 'GET /api/estimate, warm model, bundled data',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-bench-estimate-'));
    try {
      let t = performance.now();
      const server = await runServer(
        readConfig({ FOURCHETTE_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' }),
        () => undefined,
        {
          warmEstimator: false,
        },
      );
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const url = (i: number) =>
        `${server.url}/api/estimate?role=${ROLES[i % ROLES.length]}&level=${LEVELS[i % LEVELS.length]}&country=${COUNTRIES[(i >> 1) % COUNTRIES.length]}&period=${i % 2 ? 'month' : 'year'}`;
      if ((await get(url(0), agent)) !== 200) throw new Error('the first estimate failed');
      const fit = performance.now() - t;
      const times: number[] = [];
      for (let i = 1; i <= REQUESTS; i += 1) {
        t = performance.now();
        const status = await get(url(i), agent);
        times.push(performance.now() - t);
        if (status !== 200) throw new Error(`HTTP ${status} for ${url(i)}`);
      }
      agent.destroy();
      await server.close();
      times.sort((a, b) => a - b);
      const p = (q: number) => (times[Math.floor(q * times.length)] as number).toFixed(2);
      return [
        `first request (load bundled data + fit the model): ${(fit / 1000).toFixed(1)} s`,
        `${REQUESTS} warm requests: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${times.at(-1)?.toFixed(2)} ms`,
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
