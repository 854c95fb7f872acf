/**
 * A local stand-in for France Travail's token and offer-search endpoints, replaying recorded
 * offers (fixtures/, hand-written in the API's own shape) the way the API serves them: OAuth
 * client-credentials form checked, Bearer token required, `range=a-b` paging with 206 +
 * Content-Range, 204 when nothing matches, and the failures a test asks for (429 / 5xx).
 * Test support only.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplayOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Statuses answered to the first search requests, in order, before the real answers. */
  readonly failures?: readonly number[];
  readonly offers?: readonly Record<string, unknown>[];
}

export interface ReplayServer {
  readonly tokenUrl: string;
  readonly apiUrl: string;
  /** Search requests received (including the failed ones), as `codeROME range`. */
  readonly searches: string[];
  readonly tokens: number;
  close(): Promise<void>;
}

export function recordedOffers(): Record<string, unknown>[] {
  const url = new URL('./fixtures/offres-search.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { resultats: Record<string, unknown>[] })
    .resultats;
}

async function body(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) s += String(chunk);
  return s;
}

export async function startReplayServer(options: ReplayOptions): Promise<ReplayServer> {
  const offers = options.offers ?? recordedOffers();
  const failures = [...(options.failures ?? [])];
  const searches: string[] = [];
  let tokens = 0;
  const issued = new Set<string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && url.pathname === '/connexion/oauth2/access_token') {
        const form = new URLSearchParams(await body(req));
        if (
          url.searchParams.get('realm') !== '/partenaire' ||
          form.get('grant_type') !== 'client_credentials'
        )
          return json(400, { error: 'invalid_request' });
        if (
          form.get('client_id') !== options.clientId ||
          form.get('client_secret') !== options.clientSecret
        )
          return json(401, {
            error: 'invalid_client',
            error_description: 'Client authentication failed',
          });
        tokens += 1;
        const token = `token-${tokens}`;
        issued.add(token);
        return json(200, {
          scope: form.get('scope'),
          expires_in: 1499,
          token_type: 'Bearer',
          access_token: token,
        });
      }
      if (req.method === 'GET' && url.pathname === '/partenaire/offresdemploi/v2/offres/search') {
        const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
        if (!auth || !issued.has(auth[1] as string)) return json(401, { message: 'Unauthorized' });
        const rome = url.searchParams.get('codeROME');
        const range = url.searchParams.get('range') ?? '0-149';
        searches.push(`${rome} ${range}`);
        const failure = failures.shift();
        if (failure)
          return json(
            failure,
            { message: 'replayed failure' },
            failure === 429 ? { 'retry-after': '0' } : {},
          );
        const m = /^(\d+)-(\d+)$/.exec(range);
        const first = Number(m?.[1]);
        const last = Number(m?.[2]);
        if (!m || last < first || last - first >= 150 || first > 3000)
          return json(400, { codeHttp: 400, message: `Valeur du paramètre « range » incorrecte.` });
        const min = url.searchParams.get('minCreationDate') ?? '';
        const max = url.searchParams.get('maxCreationDate') ?? '9999';
        const matching = offers
          .filter((o) => !rome || o.romeCode === rome)
          .filter((o) => String(o.dateCreation) >= min && String(o.dateCreation) < max)
          .sort((a, b) => String(b.dateCreation).localeCompare(String(a.dateCreation)));
        if (matching.length === 0) {
          res.writeHead(204);
          return res.end();
        }
        const page = matching.slice(first, last + 1);
        const to = first + page.length - 1;
        const whole = first === 0 && page.length === matching.length;
        return json(
          whole ? 200 : 206,
          { resultats: page, filtresPossibles: [] },
          {
            'content-range': `offres ${first}-${to}/${matching.length}`,
            'accept-range': 'offres 150',
          },
        );
      }
      json(404, { message: `no such endpoint ${req.method} ${url.pathname}` });
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    tokenUrl: `${base}/connexion/oauth2/access_token?realm=%2Fpartenaire`,
    apiUrl: `${base}/partenaire/offresdemploi/v2`,
    searches,
    get tokens() {
      return tokens;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
