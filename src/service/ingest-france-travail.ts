/** `fourchette ingest --france-travail`: the offers of the AI and data ROME codes over a
 * creation-date window, one resumable feed per code and window. */
import type { Source } from '../domain/index.ts';
import { ingestPostings, type PostingIngestReport } from '../ingest/index.ts';
import { FranceTravailClient } from '../ingest/index.ts';
import { AI_DATA_ROME_CODES, franceTravailItems, searchFeedKey } from '../ingest/index.ts';
import { classifyTitle } from '../reference/index.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';

/** The ROME codes read when none is given: the AI and data ones. */
export const FRANCE_TRAVAIL_ROME_CODES: readonly string[] = AI_DATA_ROME_CODES;

export const FRANCE_TRAVAIL_SOURCE: Source = {
  id: 'france-travail',
  title: "France Travail — Offres d'emploi v2",
  publisher: 'France Travail',
  licence: 'France Travail API terms of use (francetravail.io)',
  date: '2026-12-01',
  url: 'https://francetravail.io/data/api/offres-emploi',
  kind: 'posting',
  evidenceShareable: false,
};

export interface FranceTravailOptions {
  /** YYYY-MM-DD: offers created from this day (default: 31 days before `until`). */
  readonly since?: string;
  /** YYYY-MM-DD: up to the start of this day (default: today). */
  readonly until?: string;
  readonly romeCodes?: readonly string[];
  readonly retryBaseMs?: number;
  readonly pageSize?: number;
  readonly onProgress?: (p: { romeCode: string; done: number; stored: number }) => void;
  /** The caller's application credentials (the CLI's, beside a server), else the config's. */
  readonly credentials?: { readonly clientId: string; readonly clientSecret: string };
}

export interface FranceTravailReport {
  readonly feeds: readonly (PostingIngestReport & { romeCode: string })[];
  readonly retries: number;
  /** Searches with more offers than the API lets one page through (3150). */
  readonly truncated: readonly string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayOption(name: string, value: string): string {
  if (!DAY.test(value) || Number.isNaN(Date.parse(value)))
    throw new AppError(
      'invalid-parameter',
      400,
      `--${name} "${value}" is invalid (expected a date such as 2026-11-01)`,
    );
  return value;
}

/** The ROME codes as given, checked (a letter and four digits each). */
export function checkRomeCodes(codes: readonly string[]): readonly string[] {
  const bad = codes.find((c) => !/^[A-Z]\d{4}$/.test(c));
  if (bad !== undefined)
    throw new AppError(
      'invalid-parameter',
      400,
      `ROME code "${bad}" is invalid (expected a letter and four digits, such as M1405)`,
    );
  return codes;
}

export async function ingestFranceTravail(
  ctx: AppContext,
  options: FranceTravailOptions = {},
): Promise<FranceTravailReport> {
  const { tokenUrl, apiUrl } = ctx.config.franceTravail;
  const { clientId, clientSecret } = options.credentials ?? ctx.config.franceTravail;
  if (!clientId || !clientSecret)
    throw new AppError(
      'france-travail-config',
      400,
      'the France Travail connector needs FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET (the credentials of a francetravail.io application subscribed to the "Offres d\'emploi v2" API)',
    );
  const until = dayOption('until', options.until ?? new Date().toISOString().slice(0, 10));
  const since = dayOption(
    'since',
    options.since ?? new Date(Date.parse(until) - 31 * 86_400_000).toISOString().slice(0, 10),
  );
  if (since >= until)
    throw new AppError('invalid-parameter', 400, `--since ${since} is not before --until ${until}`);
  const client = new FranceTravailClient({
    clientId,
    clientSecret,
    tokenUrl,
    apiUrl,
    ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const codes = checkRomeCodes(options.romeCodes ?? AI_DATA_ROME_CODES);
  const feeds: (PostingIngestReport & { romeCode: string })[] = [];
  const truncated: string[] = [];
  for (const romeCode of codes) {
    const search = {
      romeCode,
      minCreationDate: `${since}T00:00:00Z`,
      maxCreationDate: `${until}T00:00:00Z`,
    };
    const report = await ingestPostings(
      ctx.store,
      franceTravailItems(client, search, (total) =>
        truncated.push(
          `${romeCode}: ${total} offers, the first 3150 read (narrow the window with --since/--until)`,
        ),
      ),
      {
        source: FRANCE_TRAVAIL_SOURCE,
        feed: searchFeedKey(search),
        context: { classify: (title) => classifyTitle(title), tables: ctx.tables },
        batchSize: 150,
        onProgress: (p) => options.onProgress?.({ romeCode, done: p.done, stored: p.stored }),
      },
    );
    feeds.push({ ...report, romeCode });
  }
  return { feeds, retries: client.retries, truncated };
}
