import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Parser } from 'htmlparser2';
import { withNativeSearch, withTopFirstStack } from './html-stack.ts';

describe('stand-ins inside htmlparser2', () => {
  it('are in place on the pinned version (else deep pages would be quadratic again)', () => {
    const parser = new Parser({});
    const original = (parser as unknown as { tokenizer: { fastForwardTo: unknown } }).tokenizer
      .fastForwardTo;
    withNativeSearch(withTopFirstStack(parser));
    assert.equal(Array.isArray((parser as unknown as { stack: unknown }).stack), false);
    assert.notEqual(
      (parser as unknown as { tokenizer: { fastForwardTo: unknown } }).tokenizer.fastForwardTo,
      original,
    );
  });

  it('leave a parser without those fields as it is, instead of failing', () => {
    const other = { tokenizer: { index: 0 } };
    assert.equal(withNativeSearch(withTopFirstStack(other)), other);
    assert.deepEqual(other, { tokenizer: { index: 0 } });
  });

  it('keep the stack order the parser expects: [0] is the innermost open element', () => {
    const names: string[] = [];
    const parser = withNativeSearch(
      withTopFirstStack(
        new Parser({
          onclosetag(name) {
            names.push(name);
          },
        }),
      ),
    );
    parser.end('<div><p><b>x</b></p><ul><li>a<li>b</ul></div>');
    assert.deepEqual(names, ['b', 'p', 'li', 'li', 'ul', 'div']);
  });
});
