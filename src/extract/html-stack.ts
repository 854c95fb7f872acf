/**
 * Two stand-ins inside htmlparser2 (12.0.0, pinned in package.json), for linear time and native
 * search; each checks that the field it replaces is there and, where it is not (another version
 * of the parser), leaves the parser as it is: slower on deep nesting, never wrong. The HTML tests
 * exercise both, and html-stack.test.ts checks that they are in place on the pinned version.
 *
 * The stack: htmlparser2 keeps its stack of open elements top first in an array, with `unshift` to
 * open and `shift` to close: each costs the depth, so a page nested 100 000 deep takes minutes.
 * This stands in for that array with the top at the end (open and close in constant time), and
 * answers the few ways the parser reads it: `[i]` (i from the top), `length`, `unshift`,
 * `shift`, `indexOf` (from the top), `includes`, and `length = 0` on reset.
 */
export function topFirstStack(): string[] {
  const items: string[] = [];
  const unshift = (name: string): number => items.push(name);
  const shift = (): string | undefined => items.pop();
  const indexOf = (name: string): number => {
    const k = items.lastIndexOf(name);
    return k === -1 ? -1 : items.length - 1 - k;
  };
  const includes = (name: string): boolean => items.includes(name);
  const handler: ProxyHandler<object> = {
    get(_target, key) {
      if (key === 'length') return items.length;
      if (key === 'unshift') return unshift;
      if (key === 'shift') return shift;
      if (key === 'indexOf') return indexOf;
      if (key === 'includes') return includes;
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0) return items[items.length - 1 - i];
      }
      throw new Error(`the parser's stack was read in an unexpected way: ${String(key)}`);
    },
    set(_target, key, value) {
      // keeping the first `value` entries from the top drops the bottom ones
      if (key !== 'length' || typeof value !== 'number') return false;
      items.splice(0, Math.max(0, items.length - value));
      return true;
    },
  };
  return new Proxy({}, handler) as string[];
}

/** Gives a parser the constant-time stack (its own field, replaced before any input). */
export function withTopFirstStack<P extends object>(parser: P): P {
  if (!Array.isArray((parser as { stack?: unknown }).stack)) return parser;
  Object.defineProperty(parser, 'stack', { value: topFirstStack(), writable: false });
  return parser;
}

interface SearchingTokenizer {
  buffer: string;
  index: number;
  offset: number;
  fastForwardTo(c: number): boolean;
}

/**
 * htmlparser2's tokenizer looks for the next "<" (or the end of a comment, a tag, a quote) one
 * char code at a time in JavaScript; `indexOf` does the same search natively. Same contract: the
 * index lands on the char (true) or on the last char of the buffer (false).
 */
export function withNativeSearch<P extends object>(parser: P): P {
  const tokenizer = (parser as { tokenizer?: SearchingTokenizer }).tokenizer;
  if (
    !tokenizer ||
    typeof tokenizer.fastForwardTo !== 'function' ||
    typeof tokenizer.buffer !== 'string'
  )
    return parser;
  tokenizer.fastForwardTo = function fastForwardTo(this: SearchingTokenizer, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (at !== -1) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  };
  return parser;
}
