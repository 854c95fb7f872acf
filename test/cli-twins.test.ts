/** Every CLI command prints, with --json, exactly the payload of its route: the same question
 * asked of `fourchette <command>` in-process, of the HTTP API, and of the CLI again once a server
 * runs on the data folder (then the CLI asks that server, and hands it its ingest). The folder is
 * a copy of the seeded one (bundled data loaded, estimator fitted). */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serverFilePath } from '../src/cli/server-file.ts';
import { readConfig } from '../src/config.ts';
import { runServer } from '../src/server-main.ts';
import { runFourchette } from './helpers/cli-run.ts';
import { seededDataDir } from './helpers/seeded-data.ts';

let dir = '';
let env: Record<string, string> = {};

const cli = (...argv: string[]) => runFourchette(argv, env);

/** Each question: the CLI's argv and the route's URL. */
const QUESTIONS: readonly { name: string; argv: string[]; url: string }[] = [
  {
    name: 'convert without a date (the last ECB rate)',
    argv: [
      'convert',
      '--amount',
      '4710',
      '--currency',
      'EUR',
      '--period',
      'month',
      '--to-period',
      'year',
    ],
    url: '/api/convert?amount=4710&currency=EUR&period=month&toPeriod=year',
  },
  {
    name: 'convert with a date and a basis change',
    argv: [
      'convert',
      '--amount',
      '56520',
      '--currency',
      'CHF',
      '--period',
      'year',
      '--date',
      '2024-07-01',
      '--to-currency',
      'EUR',
    ],
    url: '/api/convert?amount=56520&currency=CHF&period=year&date=2024-07-01&toCurrency=EUR',
  },
  {
    name: 'convert with a stated rate (MAD, which the ECB lacks)',
    argv: [
      'convert',
      '--amount',
      '12510',
      '--currency',
      'MAD',
      '--period',
      'month',
      '--stated-rate',
      '10.738',
      '--to-currency',
      'EUR',
    ],
    url: '/api/convert?amount=12510&currency=MAD&period=month&statedRate=10.738&toCurrency=EUR',
  },
  {
    name: 'freelance for every status',
    argv: ['freelance', '--tjm', '600'],
    url: '/api/freelance?tjm=600',
  },
  {
    name: 'freelance for one status, from a salary',
    argv: ['freelance', '--salary', '60000', '--status', 'sasu', '--employee-status', 'non-cadre'],
    url: '/api/freelance?salary=60000&status=sasu&employeeStatus=non-cadre',
  },
  {
    name: 'stats',
    argv: ['stats', '--role', 'ml-engineer', '--country', 'FR'],
    url: '/api/stats?role=ml-engineer&country=FR',
  },
  {
    name: 'estimate with years of experience',
    argv: ['estimate', '--role', 'data-engineer', '--country', 'FR', '--years', '4'],
    url: '/api/estimate?role=data-engineer&country=FR&years=4',
  },
  {
    name: 'compare a role across countries',
    argv: ['compare', '--role', 'data-scientist', '--level', 'senior'],
    url: '/api/compare?role=data-scientist&level=senior',
  },
  {
    name: 'compare stated amounts',
    argv: [
      'compare',
      '--items',
      'CH:9170:CHF,LU:5100:EUR',
      '--period',
      'month',
      '--date',
      '2024-07-01',
    ],
    url: '/api/compare/amounts?items=CH%3A9170%3ACHF%2CLU%3A5100%3AEUR&period=month&date=2024-07-01',
  },
  {
    name: 'classify',
    argv: ['classify', '--title', 'Ingénieur MLOps senior H/F'],
    url: '/api/classify?title=Ing%C3%A9nieur%20MLOps%20senior%20H%2FF',
  },
  { name: 'roles', argv: ['roles'], url: '/api/roles' },
  {
    name: 'a role guide',
    argv: ['roles', 'ml-engineer', '--country', 'FR'],
    url: '/api/roles/ml-engineer?country=FR',
  },
  { name: 'sources', argv: ['sources'], url: '/api/sources' },
  {
    name: 'market of the bundled records',
    argv: ['market', '--source', 'aijobs-salaries', '--country', 'US', '--year', '2025'],
    url: '/api/market?source=aijobs-salaries&country=US&year=2025',
  },
];

describe('CLI twins of the API routes', { timeout: 240_000 }, () => {
  const inProcess = new Map<string, string>();
  let server: { url: string; close(): Promise<void> } | undefined;

  before(async () => {
    dir = await seededDataDir('fourchette-twins-');
    env = { FOURCHETTE_DATA_DIR: dir, PORT: '0' };
    // First without a server: each command opens the store itself.
    for (const q of QUESTIONS) {
      const r = await cli(...q.argv, '--json');
      assert.equal(r.code, 0, `${q.name}: ${r.stderr}`);
      inProcess.set(q.name, r.stdout);
    }
    server = await runServer(readConfig(env), () => undefined, { warmEstimator: false });
    // The CLI waits for the fitted model (thin cells are modelled): so does the comparison here
    // (an estimate answers once the server's model is fitted).
    await fetch(`${server.url}/api/estimate?role=ml-engineer`);
  });

  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const q of QUESTIONS) {
    it(`prints the route's payload: ${q.name}`, async () => {
      const response = await fetch(`${server?.url}${q.url}`);
      assert.equal(response.status, 200);
      assert.equal(inProcess.get(q.name), `${await response.text()}\n`);
    });
  }

  it('asks the running server of the data folder', async () => {
    writeFileSync(serverFilePath(dir), JSON.stringify({ url: server?.url, pid: process.pid }));
    const viaServer = await cli('stats', '--role', 'ml-engineer', '--country', 'FR', '--json');
    assert.equal(viaServer.code, 0, viaServer.stderr);
    assert.equal(viaServer.stdout, inProcess.get('stats'));
    // A refusal comes back as the same one-line error, naming the option.
    const bad = await cli('stats', '--level', 'senor');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /option --level has invalid value "senor"/);
  });

  it('hands `ingest` to the running server instead of failing on the held store', async () => {
    const file = join(dir, 'ad.txt');
    writeFileSync(file, 'Data Engineer (H/F) à Nantes. Salaire : 48 000 à 56 000 € brut par an.');
    writeFileSync(serverFilePath(dir), JSON.stringify({ url: server?.url, pid: process.pid }));
    const first = await cli('ingest', '--json', '--kind', 'posting', '--date', '2024-06-03', file);
    assert.equal(first.code, 0, first.stderr);
    const report = JSON.parse(first.stdout) as { name: string; inserted: number };
    assert.deepEqual([report.name, report.inserted], [file, 1]);
    const sources = (await (await fetch(`${server?.url}/api/sources`)).json()) as {
      items: { id: string; observations: number }[];
    };
    assert.ok(sources.items.some((s) => s.id.startsWith('text-') && s.observations === 1));
  });

  it('refuses POST /api/ingest from a caller that is not on the machine', async () => {
    const { createApp } = await import('../src/api/index.ts');
    const { openAppContext } = await import('../src/service/index.ts');
    const ctx = await openAppContext(readConfig(env), { lazy: true });
    const response = await createApp(ctx).request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documents: [{ text: 'x', name: 'x', observedOn: '2024-01-01' }] }),
    });
    assert.equal(response.status, 403);
    assert.equal(
      ((await response.json()) as { error: { code: string } }).error.code,
      'loopback-only',
    );
    await ctx.store.close();
  });
});
