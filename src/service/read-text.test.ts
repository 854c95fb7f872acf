import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import { openDuckDbStore } from '../store/index.ts';
import { openAppContext, type AppContext } from './context.ts';
import { readText } from './extract.ts';

describe('reading a text (the reader page)', () => {
  let ctx: AppContext;
  before(async () => {
    const store = await openDuckDbStore(':memory:');
    ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
  });
  after(async () => ctx.store.close());

  it('converts at the date the text gives, and shows the euro equivalent it states beside ours', () => {
    const r = readText(ctx, {
      text: 'Publié le 12 mars 2024. Un data engineer en Suisse gagne 9 170 CHF par mois, soit environ 9 540 euros.',
    });
    assert.deepEqual(r.date, { value: '2024-03-12', from: 'text' });
    const [f] = r.facts;
    assert.deepEqual(f?.sourceConversion, {
      low: 114_480,
      high: 114_480,
      currency: 'EUR',
      period: 'year',
    });
    const currency = f?.normalized?.trace.find((s) => s.kind === 'currency') as {
      rateDate?: string;
    };
    assert.equal(currency?.rateDate, '2024-03-12');
    // The stated equivalent is part of the fact, not an amount left aside.
    assert.deepEqual(r.skipped, []);
  });

  it('flags "10 M€ par mois" as read but not kept, and warns on "5 € par an"', () => {
    const r = readText(ctx, {
      text: 'Le PDG touche 10 M€ par mois. Le stagiaire touche 5 € par an.',
    });
    assert.deepEqual(
      r.skipped?.map((s) => s.evidence.text),
      ['10 M€'],
    );
    const five = r.facts.find((f) => f.low === 5);
    assert.deepEqual(
      five?.warnings?.map((w) => w.code),
      ['implausible-amount'],
    );
  });

  it('does not carry a role or a place to later unrelated sentences', () => {
    const r = readText(ctx, {
      text: 'Un data scientist junior à Lyon gagne 42 000 € brut par an. Le marché du travail a évolué depuis 2020. Les infirmières touchent 2 100 € net par mois.',
    });
    assert.deepEqual(
      r.facts.map((f) => [f.low, f.role, f.city]),
      [
        [42_000, 'data-scientist', 'Lyon'],
        [2100, null, null],
      ],
    );
    const other = readText(ctx, {
      text: 'Au Canada, un ingénieur ML gagne 110 000 CAD par an. En moyenne, les salariés gagnent 2 500 € par mois.',
    });
    assert.deepEqual(
      other.facts.map((f) => [f.currency, f.role, f.country]),
      [
        ['CAD', 'ml-engineer', 'CA'],
        ['EUR', null, 'FR'],
      ],
    );
  });

  it('still lends a role to the next figures about the same job', () => {
    const r = readText(ctx, {
      text: 'Un data scientist junior gagne 42 000 € par an. Un senior gagne 60 000 € par an.',
    });
    assert.deepEqual(
      r.facts.map((f) => f.role),
      ['data-scientist', 'data-scientist'],
    );
  });

  it('lists a range repeated in the same text once', () => {
    const r = readText(ctx, {
      text: 'Salaire : 45 000 – 55 000 € brut par an.\n\nRappel : 45 000 € – 55 000 € brut annuel.',
    });
    assert.equal(r.facts.length, 1);
  });
});
