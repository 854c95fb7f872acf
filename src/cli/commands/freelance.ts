import {
  describeStep,
  DEFAULT_BILLABLE_DAYS,
  freelanceIncome,
  tjmForSalary,
} from '../../normalize/index.ts';
import { loadNormalizeTables } from '../../reference/normalize-tables.ts';
import {
  numberOption,
  parseCommandArgs,
  UsageError,
  writeJsonLine,
  type Command,
} from '../command.ts';

const round = (x: number) => Math.round(x * 100) / 100;

const command: Command = {
  summary: 'freelance ↔ employee: TJM → revenue → net income, and the salary (or TJM) that matches',
  help: `Usage: fourchette freelance --tjm N [--days D] --status micro|ei|sasu [--json]
       fourchette freelance --salary N [--days D] --status micro|ei|sasu [--employee-status cadre|non-cadre] [--json]

With --tjm: revenue = TJM × billable days, the yearly net income before and after income tax
under the status (France, modele-social rules pinned to a date), and employeeGrossEquivalent,
the yearly gross salary of a cadre employee with the same net before income tax.
With --salary (yearly gross, €): the TJM that yields the same net before income tax.

  --days D   billable days a year (default ${DEFAULT_BILLABLE_DAYS}: 218 forfait days minus
             non-billable time between missions, training and admin)
  --status   micro (micro-entreprise, profession libérale, within its revenue ceiling),
             ei (entreprise individuelle au réel, IR; an EURL at the IR is taxed alike),
             sasu (SASU at the IS, everything paid as salary, no dividends)
  --json     one JSON object: revenue, net, netAfterTax, employeeGrossEquivalent, trace`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      tjm: { type: 'string' },
      salary: { type: 'string' },
      days: { type: 'string' },
      status: { type: 'string' },
      'employee-status': { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.status === undefined)
      throw new UsageError('--status is required (micro, ei or sasu)');
    if ((values.tjm === undefined) === (values.salary === undefined))
      throw new UsageError('give either --tjm or --salary');
    const days = numberOption('days', values.days, { min: 0 });
    const tables = loadNormalizeTables();
    if (values.salary !== undefined) {
      const employeeStatus = values['employee-status'] ?? 'cadre';
      if (employeeStatus !== 'cadre' && employeeStatus !== 'non-cadre') {
        throw new UsageError(
          `--employee-status "${employeeStatus}" is invalid (expected cadre or non-cadre)`,
        );
      }
      const r = tjmForSalary(
        {
          grossYearly: numberOption('salary', values.salary, { min: 0 }) as number,
          status: values.status,
          employeeStatus,
          ...(days === undefined ? {} : { days }),
        },
        tables,
      );
      if (!r.ok) throw new UsageError(r.message);
      const out = {
        status: r.status,
        grossYearly: r.grossYearly,
        net: round(r.net),
        revenue: round(r.revenue),
        days: r.days,
        tjm: round(r.tjm),
        currency: 'EUR',
        trace: r.trace,
      };
      if (values.json) writeJsonLine(io, out);
      else
        io.stdout.write(
          `TJM ${out.tjm} € × ${out.days} days = ${out.revenue} € a year → net ${out.net} € (same as ${r.grossYearly} € gross ${employeeStatus})\n${r.trace.map((s) => `  ${describeStep(s)}`).join('\n')}\n`,
        );
      return 0;
    }
    const r = freelanceIncome(
      {
        tjm: numberOption('tjm', values.tjm, { min: 0 }) as number,
        status: values.status,
        ...(days === undefined ? {} : { days }),
      },
      tables,
    );
    if (!r.ok) throw new UsageError(r.message);
    const out = {
      status: r.status,
      tjm: r.tjm,
      days: r.days,
      currency: r.currency,
      period: r.period,
      revenue: round(r.revenue),
      net: round(r.net),
      netAfterTax: round(r.netAfterTax),
      employeeGrossEquivalent: round(r.employeeGrossEquivalent),
      trace: r.trace,
    };
    if (values.json) writeJsonLine(io, out);
    else {
      const lines = [
        `${r.status}: ${out.revenue} € revenue → ${out.net} € net a year before income tax (${out.netAfterTax} € after)`,
        `same net as a cadre employee paid ${out.employeeGrossEquivalent} € gross a year`,
        ...r.trace.map((s) => `  ${describeStep(s)}`),
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  },
};
export default command;
