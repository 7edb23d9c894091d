// Import boundaries of DESIGN.md: src/domain imports only src/domain (plus zod for schemas and
// ts-fsrs for spaced repetition); a feature imports no other feature. Resolved from the importing file's path, so
// relative imports of any depth are caught.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = resolve(root, 'src');
const DOMAIN_PACKAGES = new Set(['zod', 'ts-fsrs']);

function area(file) {
  const rel = relative(src, file).split(sep);
  if (rel[0] === '..' || rel.length < 2) return null;
  if (rel[0] === 'features') return { layer: 'features', feature: rel[1] };
  return { layer: rel[0] };
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the dependency direction of DESIGN.md' },
    schema: [],
    messages: {
      domainPackage: 'src/domain is pure: it may not import "{{name}}".',
      domainEscape: 'src/domain may not import from outside src/domain ("{{name}}").',
      crossFeature:
        'Feature "{{from}}" may not import from feature "{{to}}"; move shared code to components/ or domain/.',
    },
  },
  create(context) {
    const file = context.filename;
    const from = area(file);
    if (!from) return {};
    const check = (node) => {
      const name = node.source?.value;
      if (typeof name !== 'string') return;
      if (!name.startsWith('.')) {
        const pkg = name.startsWith('@')
          ? name.split('/').slice(0, 2).join('/')
          : name.split('/')[0];
        if (from.layer === 'domain' && !DOMAIN_PACKAGES.has(pkg)) {
          context.report({ node: node.source, messageId: 'domainPackage', data: { name } });
        }
        return;
      }
      const target = area(resolve(dirname(file), name));
      if (from.layer === 'domain' && target?.layer !== 'domain') {
        context.report({ node: node.source, messageId: 'domainEscape', data: { name } });
      }
      if (
        from.layer === 'features' &&
        target?.layer === 'features' &&
        target.feature !== from.feature
      ) {
        context.report({
          node: node.source,
          messageId: 'crossFeature',
          data: { from: from.feature, to: target.feature },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
