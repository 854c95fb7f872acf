/**
 * JSON-LD blocks of an HTML page (`<script type="application/ld+json">`), found with htmlparser2
 * so that comments, CDATA and attributes holding `>` cannot fool the scan. Each block keeps the
 * offsets of its JSON text in the input, so evidence can point into the JSON-LD. Pure.
 */
import { Parser } from 'htmlparser2';

export interface JsonLdBlock {
  /** Offsets of the block's JSON text in the input (script content, untrimmed). */
  readonly start: number;
  readonly end: number;
  readonly json: string;
  /** The parsed value, or undefined when the JSON is invalid (then `error` says why). */
  readonly value: unknown;
  readonly error: string | null;
}

const LD_JSON = /^\s*application\/ld\+json\s*(;.*)?$/i;

export function findJsonLdBlocks(html: string): JsonLdBlock[] {
  const blocks: JsonLdBlock[] = [];
  let inside = false;
  let start = -1;
  let end = -1;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && LD_JSON.test(attributes.type ?? '')) {
          inside = true;
          start = -1;
        }
      },
      ontext() {
        if (!inside) return;
        if (start < 0) start = parser.startIndex;
        end = parser.endIndex + 1;
      },
      onclosetag(name) {
        if (name !== 'script' || !inside) return;
        inside = false;
        if (start < 0) return;
        const json = html.slice(start, end);
        try {
          blocks.push({ start, end, json, value: JSON.parse(json) as unknown, error: null });
        } catch (error) {
          blocks.push({ start, end, json, value: undefined, error: (error as Error).message });
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return blocks;
}

/** A JSON object of the given schema.org type (or one of several types) found in a value:
 * the value itself, the items of an array, the nodes of an `@graph`, nested to any depth. */
export function findTypedNodes(value: unknown, type: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const item of v) visit(item);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const node = v as Record<string, unknown>;
    const t = node['@type'];
    const types = Array.isArray(t) ? t : [t];
    if (types.some((x) => typeof x === 'string' && x.replace(/^.*[/:#]/, '') === type)) {
      out.push(node);
      return;
    }
    if ('@graph' in node) visit(node['@graph']);
  };
  visit(value);
  return out;
}

/** Offsets (in `json`) of the value of the `nth` occurrence of property `key`, found by
 * scanning the JSON text (strings and nesting respected). */
export function propertySpan(
  json: string,
  key: string,
  nth = 0,
): { start: number; end: number } | null {
  const needle = `"${key}"`;
  let from = 0;
  for (let k = 0; ; k += 1) {
    const at = json.indexOf(needle, from);
    if (at < 0) return null;
    from = at + needle.length;
    if (k < nth) continue;
    let i = from;
    while (i < json.length && /[\s:]/.test(json[i] as string)) i += 1;
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < json.length; i += 1) {
      const c = json[i];
      if (inString) {
        if (c === '\\') i += 1;
        else if (c === '"') {
          inString = false;
          if (depth === 0) return { start, end: i + 1 };
        }
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth += 1;
      else if (c === '}' || c === ']') {
        if (depth === 0) return { start, end: i };
        depth -= 1;
        if (depth === 0) return { start, end: i + 1 };
      } else if (depth === 0 && c === ',') return { start, end: i };
    }
    return { start, end: json.length };
  }
}
