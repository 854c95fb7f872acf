/** The import rules of ARCHITECTURE.md are lint rules: breaking one fails `npm run lint`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layers as lint rules', () => {
  it('refuses domain/ importing store/, naming the rule', async () => {
    const found = await problems(
      'src/domain/new-rule.ts',
      "import type { SalaryStore } from '../store/index.ts';\nexport type S = SalaryStore;\n",
    );
    assert.equal(found.length, 1);
    assert.match(
      found[0] ?? '',
      /^fourchette\/layers: fourchette\/layers: src\/domain may not import src\/store/,
    );
  });

  it('refuses the API importing the store, and a reach past a folder index', async () => {
    const [layer] = await problems(
      'src/api/new-route.ts',
      "import { StoreError } from '../store/index.ts';\nexport const E = StoreError;\n",
    );
    assert.match(
      layer ?? '',
      /src\/api may not import src\/store \(ARCHITECTURE.md: api imports only service, contract/,
    );
    const [entry] = await problems(
      'src/service/new-use-case.ts',
      "import { describeStep } from '../normalize/describe-step.ts';\nexport const d = describeStep;\n",
    );
    assert.match(entry ?? '', /import src\/normalize\/ through its index.ts/);
  });

  it('refuses I/O in domain/', async () => {
    const [io] = await problems(
      'src/domain/reads-files.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    );
    assert.match(io ?? '', /^no-restricted-imports: .*domain\/ is pure/);
  });

  it('lets a layer import what it may, through index.ts', async () => {
    assert.deepEqual(
      await problems(
        'src/service/new-use-case.ts',
        "import { describeStep } from '../normalize/index.ts';\nexport const d = describeStep;\n",
      ),
      [],
    );
  });
});
