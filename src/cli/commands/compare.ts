import { compareCountries, describeStep, type CompareItem } from '../../normalize/index.ts';
import { loadNormalizeTables } from '../../reference/normalize-tables.ts';
import {
  numberOption,
  parseCommandArgs,
  UsageError,
  writeJsonLine,
  type Command,
} from '../command.ts';
import { formatAmount, table } from '../format.ts';

const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

function parseItem(raw: string): CompareItem {
  const [country, amount, currency, rate, ...rest] = raw.split(':');
  if (!country || !amount || !currency || rest.length > 0) {
    throw new UsageError(
      `--item "${raw}" is invalid (expected COUNTRY:AMOUNT:CURRENCY[:RATE], e.g. CH:9170:CHF)`,
    );
  }
  const item = {
    country: country.toUpperCase(),
    amount: numberOption('item', amount, { min: 0 }) as number,
    currency: currency.toUpperCase(),
  };
  if (rate === undefined) return item;
  // A rate the source text states, in units of the currency per 1 EUR (for MAD and others the ECB lacks).
  return {
    ...item,
    statedRate: { perEur: numberOption('item', rate, { min: 0 }) as number, note: `--item ${raw}` },
  };
}

const command: Command = {
  summary:
    'compare amounts across countries, nominal and purchasing-power adjusted (World Bank PPP)',
  help: `Usage: fourchette compare --item CC:AMOUNT:CUR [--item ...] --period P [--date YYYY-MM-DD] [--reference CC] [--json]

Puts each amount in the reference country's currency at the ECB rate of the date (nominal) and
at purchasing-power parity (World Bank PPP factors, GDP, of the date's year or the latest before).

  --item CC:AMOUNT:CUR[:RATE]  e.g. CH:9170:CHF, LU:5100:EUR, MA:12510:MAD:10.738 (RATE: units
                        per 1 EUR as the source states, for currencies the ECB lacks; repeatable)
  --period P            the period of every amount (month, year...)
  --date YYYY-MM-DD     default: today
  --reference CC        where purchasing power is expressed (default FR)
  --json                one JSON object: reference, currency, period, items[{nominal, pppAdjusted, trace}]

Example: fourchette compare --item CH:9170:CHF --item LU:5100:EUR --item FR:4710:EUR --period month --date 2024-07-01`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      item: { type: 'string', multiple: true },
      period: { type: 'string' },
      date: { type: 'string' },
      reference: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!values.item || values.item.length === 0)
      throw new UsageError('give at least one --item COUNTRY:AMOUNT:CURRENCY');
    if (values.period === undefined)
      throw new UsageError('--period is required (hour, day, week, month, year)');
    const r = compareCountries(
      {
        items: values.item.map(parseItem),
        period: values.period,
        date: values.date ?? new Date().toISOString().slice(0, 10),
        ...(values.reference === undefined ? {} : { reference: values.reference.toUpperCase() }),
      },
      loadNormalizeTables(),
    );
    if (!r.ok) throw new UsageError(r.message);
    const items = r.items.map((i) => ({
      ...i,
      nominal: round(i.nominal),
      pppAdjusted: round(i.pppAdjusted),
      intlDollars: round(i.intlDollars),
    }));
    if (values.json) {
      writeJsonLine(io, { reference: r.reference, currency: r.currency, period: r.period, items });
      return 0;
    }
    const rows = [
      ['country', 'amount', `nominal (${r.currency})`, `PPP in ${r.reference} (${r.currency})`],
    ];
    for (const i of items)
      rows.push([
        i.country,
        formatAmount(i.amount, i.currency),
        formatAmount(i.nominal, r.currency),
        i.pppAdjusted === null
          ? `— ${i.pppUnavailable ?? ''}`
          : formatAmount(i.pppAdjusted, r.currency),
      ]);
    const steps = r.items.flatMap((i) => i.trace.map((s) => `  ${i.country} ${describeStep(s)}`));
    io.stdout.write(`${table(rows)}\n${steps.join('\n')}\n`);
    return 0;
  },
};
export default command;
