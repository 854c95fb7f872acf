/**
 * France Travail "Offres d'emploi v2" client: OAuth2 client-credentials token (renewed before
 * it expires, and once on a 401), offer search pages by `range=first-last` (at most 150 a page;
 * the API answers 206 with `Content-Range: offres first-last/total`, 200 for the last page, 204
 * when nothing matches), retries with exponential back-off on 429 (honouring Retry-After) and
 * 5xx.
 */
export interface FranceTravailConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire */
  readonly tokenUrl: string;
  /** https://api.francetravail.io/partenaire/offresdemploi/v2 */
  readonly apiUrl: string;
  readonly scope?: string;
  /** First back-off delay in ms (doubled on each retry); tests lower it. */
  readonly retryBaseMs?: number;
  readonly maxRetries?: number;
  /** Offers a page (the API allows at most 150); tests lower it. */
  readonly pageSize?: number;
}

export class FranceTravailError extends Error {
  constructor(
    readonly code: 'france-travail-auth' | 'france-travail-request',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface OfferPage {
  readonly offers: readonly Record<string, unknown>[];
  /** Offers matching the search (from Content-Range), null when unknown. */
  readonly total: number | null;
}

export const PAGE_SIZE = 150;
/** The API refuses a range starting past 3000: a search finds at most 3150 offers. */
export const MAX_START = 3000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FranceTravailClient {
  private token: { value: string; expiresAt: number } | null = null;
  /** Requests retried (429 / 5xx), for the report. */
  retries = 0;

  readonly pageSize: number;

  constructor(private readonly config: FranceTravailConfig) {
    this.pageSize = Math.min(PAGE_SIZE, config.pageSize ?? PAGE_SIZE);
  }

  private async fetchToken(): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
      scope: this.config.scope ?? 'api_offresdemploiv2 o2dsoffre',
    });
    const res = await this.withRetries('token request', () =>
      fetch(this.config.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
    );
    if (!res.ok)
      throw new FranceTravailError(
        'france-travail-auth',
        `France Travail refused the client credentials (HTTP ${res.status}): check FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET (an application of francetravail.io with the "Offres d'emploi v2" API)`,
      );
    const json = (await res.json()) as { access_token?: string; expires_in?: number };
    if (!json.access_token)
      throw new FranceTravailError('france-travail-auth', 'the token response has no access_token');
    this.token = {
      value: json.access_token,
      expiresAt: Date.now() + Math.max(0, (json.expires_in ?? 1500) - 60) * 1000,
    };
    return json.access_token;
  }

  private async bearer(): Promise<string> {
    return this.token && this.token.expiresAt > Date.now() ? this.token.value : this.fetchToken();
  }

  private async withRetries(what: string, call: () => Promise<Response>): Promise<Response> {
    const max = this.config.maxRetries ?? 5;
    const base = this.config.retryBaseMs ?? 500;
    for (let attempt = 0; ; attempt += 1) {
      let res: Response;
      try {
        res = await call();
      } catch (error) {
        if (attempt >= max)
          throw new FranceTravailError(
            'france-travail-request',
            `${what} failed: ${(error as Error).message}`,
            { cause: error },
          );
        this.retries += 1;
        await sleep(base * 2 ** attempt);
        continue;
      }
      if (res.status !== 429 && res.status < 500) return res;
      if (attempt >= max)
        throw new FranceTravailError(
          'france-travail-request',
          `${what} failed after ${max} retries (HTTP ${res.status})`,
        );
      await res.body?.cancel();
      this.retries += 1;
      const after = Number(res.headers.get('retry-after'));
      await sleep(Number.isFinite(after) && after > 0 ? after * 1000 : base * 2 ** attempt);
    }
  }

  /** One page of the search `params` (codeROME, minCreationDate, …) from offer `start`. */
  async searchPage(params: Record<string, string>, start: number): Promise<OfferPage> {
    const query = new URLSearchParams({
      ...params,
      range: `${start}-${start + this.pageSize - 1}`,
    });
    const url = `${this.config.apiUrl}/offres/search?${query}`;
    let res: Response | null = null;
    for (let auth = 0; auth < 2; auth += 1) {
      const token = await this.bearer();
      res = await this.withRetries(`offer search ${query}`, () =>
        fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }),
      );
      if (res.status !== 401) break;
      this.token = null;
    }
    if (!res || res.status === 204) return { offers: [], total: 0 };
    if (!res.ok)
      throw new FranceTravailError(
        'france-travail-request',
        `offer search ${query} failed (HTTP ${res.status}): ${(await res.text()).slice(0, 200)}`,
      );
    const json = (await res.json()) as { resultats?: Record<string, unknown>[] };
    const range = /\/(\d+)\s*$/.exec(res.headers.get('content-range') ?? '');
    return { offers: json.resultats ?? [], total: range ? Number(range[1]) : null };
  }
}
