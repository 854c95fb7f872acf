/**
 * `fourchette/layers`: the import rules of ARCHITECTURE.md, checked on every relative import of
 * src/. A folder of src/ may import only the folders its layer allows, and another folder only
 * through that folder's index.ts. The table is the rule's option (eslint.config.js).
 */
import { dirname, relative, resolve, sep } from 'node:path';

/** The top-level part of src/ a path lies in: a folder name, or a file name such as config.ts. */
function layerOf(srcDir, path) {
  const rel = relative(srcDir, path);
  if (rel.startsWith('..') || rel === '') return null;
  return rel.split(sep)[0];
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layers of ARCHITECTURE.md and go through index.ts' },
    schema: [
      {
        type: 'object',
        properties: {
          srcDir: { type: 'string' },
          allowed: { type: 'object' },
          deepImportsAllowed: { type: 'object' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      layer:
        'fourchette/layers: src/{{from}} may not import src/{{to}} (ARCHITECTURE.md: {{from}} imports only {{allowed}}); move the code or call it through an allowed layer',
      entry:
        'fourchette/layers: import src/{{to}}/ through its index.ts, not "{{source}}" (export what you need from src/{{to}}/index.ts)',
    },
  },
  create(context) {
    const { srcDir, allowed, deepImportsAllowed = {} } = context.options[0];
    const filename = context.filename;
    const from = layerOf(srcDir, filename);
    if (from === null || !(from in allowed)) return {};
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(filename), source);
      const to = layerOf(srcDir, target);
      if (to === null || to === from) return;
      const ok = allowed[from];
      if (ok !== '*' && !ok.includes(to)) {
        context.report({
          node,
          messageId: 'layer',
          data: { from, to, allowed: ok.length ? ok.join(', ') : 'nothing of ours' },
        });
        return;
      }
      const isFolder = !/\.[a-z]+$/.test(to);
      const entry = resolve(srcDir, to, 'index.ts');
      if (isFolder && target !== entry && !(deepImportsAllowed[from] ?? []).includes(to))
        context.report({ node, messageId: 'entry', data: { to, source } });
    }
    const fromSource = (node) => check(node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) =>
        check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};
