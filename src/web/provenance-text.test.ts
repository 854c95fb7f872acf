import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeI18n } from './i18n/context.ts';
import { conversionText, fallbackText, traceStepText } from './provenance-text.ts';

const fr = makeI18n('fr');
const en = makeI18n('en');
const nbsp = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ');

const currency = {
  kind: 'currency',
  from: 'EUR',
  to: 'USD',
  rate: 1.1252,
  rateDate: '2025-05-09',
  requestedDate: '2025-05-09',
  origin: 'ecb',
  source: 'ECB euro reference rates',
  stale: false,
  description: 'currency: 1 EUR = 1.1252 USD (ECB euro reference rates, 2025-05-09)',
};

describe('conversion steps in the reader’s language', () => {
  it('writes a currency step from its rate, origin and date, in French and in English', () => {
    const f = traceStepText(currency, fr);
    assert.equal(f.label, 'Devise');
    assert.equal(nbsp(f.text), '1 EUR = 1,1252 USD (taux de référence de la BCE, 9 mai 2025)');
    assert.equal(
      traceStepText(currency, en).text,
      '1 EUR = 1.1252 USD (ECB reference rate, May 9, 2025)',
    );
  });

  it('says when the last published rate stands in for a later date', () => {
    assert.match(traceStepText({ ...currency, stale: true }, fr).text ?? '', /dernier taux publié/);
  });

  it('writes period, gross/net, PPP and freelance steps without the server’s English', () => {
    const steps = [
      {
        kind: 'period',
        from: 'month',
        to: 'year',
        factor: 12,
        country: 'FR',
        assumption: '12 monthly payments a year',
        source: 'x',
        description: 'period: …',
      },
      {
        kind: 'basis',
        from: 'net',
        to: 'gross',
        country: 'FR',
        status: 'cadre',
        rules: 'modele-social 11.1.0',
        rulesDate: '2026-01-01',
        method: 'interpolated',
        description: 'basis: net → gross …',
      },
      {
        kind: 'ppp',
        country: 'US',
        currency: 'USD',
        lcuPerIntlDollar: 1,
        year: 2024,
        source: 'World Bank ICP',
        description: 'ppp: …',
      },
      {
        kind: 'freelance',
        step: 'net',
        status: 'ei',
        rules: 'modele-social 11.1.0',
        rulesDate: '2026-01-01',
        method: 'interpolated',
        description:
          'freelance (ei): net income before income tax from revenue (ei) (modele-social 11.1.0, rules of 2026-01-01, interpolated)',
      },
      {
        kind: 'freelance',
        step: 'revenue',
        status: 'sasu',
        rules: 'modele-social 11.1.0',
        rulesDate: '2026-01-01',
        method: 'arithmetic',
        description:
          'freelance (sasu): revenue = 550 € a day × 210 billable days (modele-social 11.1.0, rules of 2026-01-01, arithmetic)',
      },
    ];
    const texts = steps.map((s) => nbsp(traceStepText(s, fr).text));
    assert.deepEqual(texts, [
      'par mois → par an : × 12 (temps de travail : France)',
      'net avant impôt → brut (cadre) : règles modele-social 11.1.0 au 1 janv. 2026, interpolé sur une grille précalculée',
      'États-Unis : 1 USD par dollar international (2024)',
      'Revenu net avant impôt tiré du chiffre d’affaires (Entreprise individuelle (réel)), règles modele-social 11.1.0 au 1 janv. 2026',
      'Chiffre d’affaires = TJM × jours facturés (SASU)',
    ]);
  });

  it('leaves an unknown kind without text rather than guessing', () => {
    assert.deepEqual(traceStepText({ kind: 'weather', description: 'sunny' }, fr), {
      label: 'weather',
      text: null,
    });
  });
});

describe('stats and estimate conversions by step code', () => {
  it('translates the value, currency and period steps of a stats answer', () => {
    const ctx = { of: 'stats', currency: 'USD', period: 'month' } as const;
    assert.match(conversionText('value', ctx, fr).text ?? '', /compte une fois/);
    assert.match(conversionText('currency', ctx, fr).text ?? '', /puis en USD/);
    assert.match(conversionText('period', ctx, en).text ?? '', /brought to per month/);
    assert.equal(conversionText('mystery', ctx, fr).text, null);
  });

  it('describes the model step with its back-off cell in words', () => {
    const ctx = {
      of: 'estimate',
      currency: 'EUR',
      period: 'year',
      model: { trainedOn: 149697, fallback: 'role·level·country', observations: 15 },
    } as const;
    assert.equal(
      nbsp(conversionText('model', ctx, fr).text),
      'Modèle entraîné sur 149 697 salaires bruts fixes (annuels, en EUR) ; repli sur la case « métier · niveau · pays » (15 observations).',
    );
  });

  it('names the fallback tokens, and the global fallback', () => {
    assert.equal(fallbackText('title·level', en.t), 'title · seniority');
    assert.equal(fallbackText('global', fr.t), 'toutes les observations');
  });
});
