import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { errorSentence } from './error-text.ts';
import { translator } from './i18n/index.ts';

const SRC = join(import.meta.dirname, '..');

/** Every error code the server can answer with, read from the code itself: the normalize
 * failure reasons, the store's codes, and the codes given to AppError and error bodies. */
function serverErrorCodes(): Set<string> {
  const codes = new Set<string>();
  const union = (file: string, start: string) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    const from = text.indexOf(start);
    const block = text.slice(from, text.indexOf(';', from));
    for (const m of block.matchAll(/'([a-z]+(?:-[a-z]+)*)'/g)) codes.add(m[1]!);
  };
  union('normalize/outcome.ts', 'export type FailureReason');
  union('store/port.ts', 'readonly code:');
  for (const dir of ['api', 'api/routes', 'service']) {
    for (const name of readdirSync(join(SRC, dir))) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      const text = readFileSync(join(SRC, dir, name), 'utf8');
      for (const m of text.matchAll(/new AppError\(\s*'([a-z-]+)'/g)) codes.add(m[1]!);
      // Error bodies written by hand (the API's own): warnings elsewhere also have a code.
      if (dir.startsWith('api'))
        for (const m of text.matchAll(/\bcode: '([a-z-]+)'/g)) codes.add(m[1]!);
    }
  }
  // Startup and `fourchette ingest --workers` only (never an HTTP answer).
  codes.delete('port-in-use');
  codes.delete('ingest-workers-failed');
  return codes;
}

describe('API errors as sentences', () => {
  it('has a French and an English sentence for every error code the server can return', () => {
    const codes = serverErrorCodes();
    assert.ok(codes.size > 20, [...codes].join(', '));
    for (const lang of ['fr', 'en'] as const) {
      const t = translator(lang);
      for (const code of codes) {
        const text = errorSentence({ code }, t);
        assert.notEqual(text, t('error.unknown'), `${lang}: no sentence for "${code}"`);
        assert.ok(!text.includes(code), `${lang}: "${code}" shown raw`);
      }
    }
  });

  it('names the parameter to correct, and never shows an unknown code raw', () => {
    const fr = translator('fr');
    assert.match(
      errorSentence({ code: 'invalid-parameter', parameter: 'salary' }, fr),
      /« salary ».*corrigez/,
    );
    assert.equal(errorSentence({ code: 'brand-new-code' }, fr), fr('error.unknown'));
  });
});
