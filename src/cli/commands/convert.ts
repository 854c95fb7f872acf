import { convertAmount, describeStep } from '../../normalize/index.ts';
import { loadNormalizeTables } from '../../reference/normalize-tables.ts';
import {
  numberOption,
  parseCommandArgs,
  UsageError,
  writeJsonLine,
  type Command,
} from '../command.ts';

const command: Command = {
  summary: 'convert an amount between currencies, periods and gross/net, with its trace',
  help: `Usage: fourchette convert --amount N --currency C --period P --basis B [options] [--json]

  --amount N           the amount (≥ 0)
  --currency C         ISO 4217 code: EUR, CHF, CAD, USD... (MAD needs --stated-rate)
  --period P           hour | day | week | month | year
  --basis B            gross | net (before income tax) | net-after-tax | unknown
  --date YYYY-MM-DD    the date the figure describes: picks the ECB rate (default: today)
  --country CC         ISO 3166-1 alpha-2 (default FR): working time and gross/net rules
  --status S           cadre | non-cadre (default cadre), for gross ↔ net in France
  --months N           monthly payments a year: 12 (default), 13 for "sur 13 mois"
  --stated-rate R      units of the currency per 1 EUR as stated by the source text
  --to-currency C      target currency (default: unchanged)
  --to-period P        target period (default: unchanged)
  --to-basis B         target basis (default: unchanged; gross ↔ net in France only)
  --json               one JSON object: value, currency, period, basis, trace

Examples:
  fourchette convert --amount 4710 --currency EUR --period month --basis gross --to-period year
  fourchette convert --amount 56520 --currency EUR --period year --basis gross --to-basis net --to-period month`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      amount: { type: 'string' },
      currency: { type: 'string' },
      period: { type: 'string' },
      basis: { type: 'string' },
      date: { type: 'string' },
      country: { type: 'string' },
      status: { type: 'string' },
      months: { type: 'string' },
      'stated-rate': { type: 'string' },
      'to-currency': { type: 'string' },
      'to-period': { type: 'string' },
      'to-basis': { type: 'string' },
      json: { type: 'boolean' },
    });
    for (const name of ['amount', 'currency', 'period', 'basis'] as const) {
      if (values[name] === undefined)
        throw new UsageError(`--${name} is required (see fourchette convert --help)`);
    }
    const status = values.status ?? 'cadre';
    if (status !== 'cadre' && status !== 'non-cadre')
      throw new UsageError(`--status "${status}" is invalid (expected cadre or non-cadre)`);
    const amount = numberOption('amount', values.amount, { min: 0 }) as number;
    const months = numberOption('months', values.months, { integer: true });
    const statedRate = numberOption('stated-rate', values['stated-rate']);
    const result = convertAmount(
      {
        amount,
        currency: values.currency as string,
        period: values.period as string,
        basis: values.basis as string,
        date: values.date ?? new Date().toISOString().slice(0, 10),
        country: values.country ?? 'FR',
        status,
        ...(months === undefined ? {} : { monthsPerYear: months }),
        ...(statedRate === undefined
          ? {}
          : { statedRate: { perEur: statedRate, note: '--stated-rate' } }),
        ...(values['to-currency'] === undefined ? {} : { toCurrency: values['to-currency'] }),
        ...(values['to-period'] === undefined ? {} : { toPeriod: values['to-period'] }),
        ...(values['to-basis'] === undefined ? {} : { toBasis: values['to-basis'] }),
      },
      loadNormalizeTables(),
    );
    if (!result.ok) throw new UsageError(result.message);
    const value = Math.round(result.value * 100) / 100;
    if (values.json) {
      writeJsonLine(io, {
        value,
        currency: result.currency,
        period: result.period,
        basis: result.basis,
        trace: result.trace,
      });
      return 0;
    }
    const lines = [
      `${value} ${result.currency} a ${result.period} (${result.basis})`,
      ...result.trace.map((s) => `  ${describeStep(s)}`),
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
export default command;
