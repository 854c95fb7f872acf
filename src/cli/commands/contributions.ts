/** `fourchette contributions list|approve|reject|publish|import`: the twin of
 * /api/admin/contributions/… (same contract schemas, same service functions; --json prints the
 * route's payload). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  adminApproveRoute,
  adminImportRoute,
  adminListRoute,
  adminPublishRoute,
  adminRejectRoute,
} from '../../api/index.ts';
import { readConfig } from '../../config.ts';
import {
  AdminListQuerySchema,
  ContributionIdParamsSchema,
  type AdminDecision,
  type AdminListResponse,
  type ImportResponse,
  type PublishResponse,
} from '../../contract/index.ts';
import {
  approveContribution,
  importContributions,
  listForModeration,
  MODERATOR_KEY_FILE,
  parseInput,
  readModeratorKey,
  publishContributions,
  rejectContribution,
} from '../../service/index.ts';
import {
  UsageError,
  parseCommandArgs,
  writeJsonLine,
  type CliIO,
  type Command,
} from '../command.ts';
import { withContext } from '../context.ts';
import { openRouteClient } from '../route-client.ts';
import { table } from '../format.ts';

const ACTIONS = ['list', 'approve', 'reject', 'publish', 'import'] as const;
type Action = (typeof ACTIONS)[number];

/** The action's payload: through the server that runs on the data folder (it holds the store),
 * with the folder's moderator key (or FOURCHETTE_ADMIN_TOKEN), else in this process. */
async function moderate(
  io: CliIO,
  action: Action,
  rest: string[],
  values: { status?: string | undefined; limit?: string | undefined },
  csvFile: () => { file: string; text: string },
): Promise<unknown> {
  const client = await openRouteClient(io);
  try {
    const config = readConfig(io.env);
    const key = readModeratorKey(config.dataDir) ?? config.adminToken;
    // On PostgreSQL the store is shared: without a key, this process moderates on it directly.
    if (client.via() !== 'in-process' && (key || config.store !== 'postgres')) {
      if (!key)
        throw new UsageError(
          `the server at ${client.via()} holds ${config.dataDir} and left no moderator key there (${MODERATOR_KEY_FILE}; a server older than this command?): restart it, or set FOURCHETTE_ADMIN_TOKEN to the server's`,
        );
      const request = { client: 'local', authorization: `Bearer ${key}` };
      const query = Object.fromEntries(
        Object.entries({ status: values.status, limit: values.limit }).filter(
          ([, v]) => v !== undefined,
        ),
      ) as Record<string, string>;
      if (action === 'list') return await client.ask(adminListRoute, { query, request });
      if (action === 'approve' || action === 'reject')
        return await client.ask(action === 'approve' ? adminApproveRoute : adminRejectRoute, {
          params: { id: idOf(rest, action) },
          request,
        });
      if (action === 'publish') return await client.ask(adminPublishRoute, { body: {}, request });
      const { file, text } = csvFile();
      return await client.ask(adminImportRoute, {
        body: { name: basename(file), csv: text },
        request,
      });
    }
  } finally {
    await client.close();
  }
  return withContext(async (ctx) => {
    if (action === 'list')
      return listForModeration(ctx, parseInput(AdminListQuerySchema, { status: values.status, limit: values.limit }, 'query'));
    if (action === 'approve') return approveContribution(ctx, idOf(rest, action));
    if (action === 'reject') return rejectContribution(ctx, idOf(rest, action));
    if (action === 'publish') return publishContributions(ctx);
    const { file, text } = csvFile();
    return importContributions(ctx, text, basename(file));
  }, io.env); // prettier-ignore
}

function printList(io: CliIO, { items }: AdminListResponse): void {
  if (items.length === 0) {
    io.stdout.write('no contribution in this state\n');
    return;
  }
  const rows = [['id', 'status', 'submitted', 'profile', 'pay', 'EUR/year', 'why held']];
  for (const c of items)
    rows.push([
      c.id,
      c.status,
      c.submittedOn,
      `${c.role} · ${c.level} · ${c.country}${c.city ? ` (${c.city})` : ''} · ${c.employment}`,
      `${c.amount} ${c.currency}/${c.period} ${c.basis}`,
      String(c.valueYearEur),
      c.heldReason ?? '',
    ]);
  io.stdout.write(`${table(rows)}\n`);
}

function idOf(positionals: string[], action: string): string {
  const [id] = positionals;
  if (!id) throw new UsageError(`${action} needs a contribution id (see \`contributions list\`)`);
  return parseInput(ContributionIdParamsSchema, { id }, 'path').id;
}

const command: Command = {
  summary:
    'moderate and publish anonymous salary contributions (list, approve, reject, publish, import)',
  help: `Usage: fourchette contributions <action> [options]

  list [--status held|pending|published] [--limit N]   the queue (default: held and pending)
  approve ID       a held contribution waits for the next publication
  reject ID        a held or pending contribution is erased
  publish          releases every cohort with at least FOURCHETTE_MIN_GROUP_SIZE pending
                   contributions into the statistics, each as one batch; smaller ones wait
  import FILE.csv  stores an operator's CSV of contributions (header: the fields of
                   POST /api/contributions: role or title, level or years, country, city,
                   employment, amount, currency, period, basis, year, monthsPerYear, bonus,
                   companySize, sector, remote); rows with errors are reported, others kept

  --json           print the payload of the matching /api/admin/contributions route

While a server runs on the data folder (npm start), the actions go to its admin API
(/api/admin/contributions/…) with the moderator key it leaves in the folder (moderator.key,
readable by the folder's owner only), since it holds the store; elsewhere, the admin API takes
Authorization: Bearer $FOURCHETTE_ADMIN_TOKEN.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { json: { type: 'boolean' }, status: { type: 'string' }, limit: { type: 'string' } },
      true,
    );
    const [action, ...rest] = positionals;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number]))
      throw new UsageError(
        `unknown action ${JSON.stringify(action ?? '')} (expected one of: ${ACTIONS.join(', ')})`,
      );
    const print = (payload: unknown, human: () => void) =>
      values.json ? writeJsonLine(io, payload) : human();
    const csvFile = (): { file: string; text: string } => {
      const [file] = rest;
      if (!file)
        throw new UsageError('import needs a CSV file (e.g. contributions import survey.csv)');
      try {
        return { file, text: readFileSync(file, 'utf8') };
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
      }
    };
    const payload = await moderate(io, action as Action, rest, values, csvFile);
    if (action === 'list') print(payload, () => printList(io, payload as AdminListResponse));
    else if (action === 'approve' || action === 'reject') {
      const p = payload as AdminDecision;
      print(p, () => io.stdout.write(`${p.id}: ${p.decision} (now ${p.status})\n`));
    } else if (action === 'publish') {
      const p = payload as PublishResponse;
      print(p, () => {
        io.stdout.write(`published ${p.published} contributions in ${p.batches} batches (at least ${p.minBatch} per cohort)\n`);
        for (const w of p.waiting) io.stdout.write(`  waiting: ${w.cohort} has ${w.count} new of ${p.minBatch}${w.count >= p.minBatch ? `, but from ${w.senders} sender${w.senders === 1 ? '' : 's'} (${p.minBatch} needed)` : ''}${w.withdrawn ? ` (and ${w.withdrawn} withdrawn by an erasure)` : ''}\n`);
        if (p.held) io.stdout.write(`  ${p.held} held for a moderator (contributions list --status held)\n`);
      });
    } else {
      const r = payload as ImportResponse;
      print(r, () => {
        io.stdout.write(`${r.rows} rows: ${r.pending} pending, ${r.held} held, ${r.duplicates} already stored, ${r.errors.length} refused\n`);
        for (const e of r.errors) io.stdout.write(`  row ${e.row}: ${e.message}\n`);
      });
    } // prettier-ignore
    return 0;
  },
};
export default command;
