// The dependency graph of DESIGN.md, checked on every import (static, dynamic and re-export).
// Each layer of src/ lists the layers it may import from, and — for the pure layers — the only
// npm packages it may use. A feature imports no other feature; nothing but app imports app.
// Targets are resolved from the importing file's path, so relative imports of any depth count.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = resolve(root, 'src');

/**
 * layer → { may: layers it may import, packages: the npm packages it may use (absent = any) }.
 * A layer may always import itself (features: only its own feature folder).
 */
export const LAYERS = {
  domain: { may: [], packages: ['zod', 'ts-fsrs'] },
  machines: { may: ['domain'], packages: ['xstate'] },
  // fake-indexeddb: the in-memory fallback when the browser has no IndexedDB
  db: { may: ['domain'], packages: ['dexie', 'zod', 'fake-indexeddb'] },
  stores: { may: ['domain'], packages: ['zustand'] },
  content: { may: ['domain'] },
  components: { may: ['domain', 'content', 'db', 'stores'] },
  features: { may: ['domain', 'machines', 'db', 'stores', 'content', 'components'] },
  app: { may: ['domain', 'machines', 'db', 'stores', 'content', 'components', 'features'] },
};

/** The layer (and feature) of a file; null outside src/ and for src/types declarations. */
function area(file) {
  const rel = relative(src, file).split(sep);
  if (rel[0] === '..' || rel.length < 2 || !(rel[0] in LAYERS)) return null;
  return rel[0] === 'features' ? { layer: 'features', feature: rel[1] } : { layer: rel[0] };
}

const packageOf = (name) =>
  name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the dependency direction of DESIGN.md' },
    schema: [],
    messages: {
      package: 'src/{{from}} may not use the package "{{name}}" (allowed: {{allowed}}).',
      layer:
        'src/{{from}} may not import from src/{{to}} ("{{name}}"); it may import from: {{allowed}}.',
      crossFeature:
        'Feature "{{from}}" may not import from feature "{{to}}"; move shared code to components/ or domain/.',
    },
  },
  create(context) {
    const file = context.filename;
    const from = area(file);
    if (!from) return {};
    const rule = LAYERS[from.layer];
    const check = (node) => {
      const name = node.source?.value;
      if (typeof name !== 'string') return;
      if (!name.startsWith('.')) {
        if (rule.packages && !name.startsWith('virtual:')) {
          if (!rule.packages.includes(packageOf(name)))
            context.report({
              node: node.source,
              messageId: 'package',
              data: { from: from.layer, name, allowed: rule.packages.join(', ') },
            });
        }
        return;
      }
      // outside src/ (the repository's content/ data) or src/types: not a layer
      const target = area(resolve(dirname(file), name.replace(/\?.*$/, '')));
      if (!target || target.layer === from.layer) {
        if (target?.layer === 'features' && target.feature !== from.feature)
          context.report({
            node: node.source,
            messageId: 'crossFeature',
            data: { from: from.feature, to: target.feature },
          });
        return;
      }
      if (!rule.may.includes(target.layer))
        context.report({
          node: node.source,
          messageId: 'layer',
          data: {
            from: from.layer,
            to: target.layer,
            name,
            allowed: [from.layer, ...rule.may].join(', '),
          },
        });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
