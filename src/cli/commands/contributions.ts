/** `fourchette contributions list|approve|reject|publish|import`: the twin of
 * /api/admin/contributions/… (same contract schemas, same service functions; --json prints the
 * route's payload). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  AdminListQuerySchema,
  ContributionIdParamsSchema,
  type AdminListResponse,
} from '../../contract/index.ts';
import {
  approveContribution,
  importContributions,
  listForModeration,
  parseInput,
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
import { table } from '../format.ts';

const ACTIONS = ['list', 'approve', 'reject', 'publish', 'import'] as const;

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

With the embedded store the server holds the data folder: stop it first, or use the admin API
(Authorization: Bearer $FOURCHETTE_ADMIN_TOKEN) while it runs.`,
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
    await withContext(async (ctx) => {
      if (action === 'list') {
        const query = parseInput(AdminListQuerySchema, { status: values.status, limit: values.limit }, 'query');
        const payload = await listForModeration(ctx, query);
        print(payload, () => printList(io, payload));
      } else if (action === 'approve' || action === 'reject') {
        const id = idOf(rest, action);
        const payload = await (action === 'approve' ? approveContribution : rejectContribution)(ctx, id);
        print(payload, () => io.stdout.write(`${payload.id}: ${payload.decision} (now ${payload.status})\n`));
      } else if (action === 'publish') {
        const p = await publishContributions(ctx);
        print(p, () => {
          io.stdout.write(`published ${p.published} contributions in ${p.batches} batches (at least ${p.minBatch} per cohort)\n`);
          for (const w of p.waiting) io.stdout.write(`  waiting: ${w.cohort} has ${w.count} new of ${p.minBatch}${w.count >= p.minBatch ? `, from ${w.senders} different senders of ${p.minBatch}` : ''}${w.withdrawn ? ` (and ${w.withdrawn} withdrawn by an erasure)` : ''}\n`);
          if (p.held) io.stdout.write(`  ${p.held} held for a moderator (contributions list --status held)\n`);
        });
      } else {
        const [file] = rest;
        if (!file) throw new UsageError('import needs a CSV file (e.g. contributions import survey.csv)');
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
        }
        const r = await importContributions(ctx, text, basename(file));
        print(r, () => {
          io.stdout.write(`${r.rows} rows: ${r.pending} pending, ${r.held} held, ${r.duplicates} already stored, ${r.errors.length} refused\n`);
          for (const e of r.errors) io.stdout.write(`  row ${e.row}: ${e.message}\n`);
        });
      }
    }, io.env); // prettier-ignore
    return 0;
  },
};
export default command;
