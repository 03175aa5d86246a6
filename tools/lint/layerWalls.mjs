// ESLint rule `replica-lab/layer-walls`: a file under src/<layer>/ may import another top-level folder of src/
// only if eslint.config.js lists it for that layer. Relative imports are resolved against the importing file,
// so `src/i18n/dialogs` importing `../ui` (i18n's own ui/ folder) is not mistaken for `src/ui`.
// Packages are walled with no-restricted-imports in eslint.config.js; this rule only looks at relative paths.
import { dirname, relative, resolve, sep } from 'node:path';

/** The layer a path belongs to: the first folder under `srcDir`, a top-level file's name, or null outside src. */
export function layerOf(srcDir, file) {
  const rel = relative(srcDir, file);
  if (rel === '' || rel.startsWith('..') || resolve(srcDir, rel) !== resolve(file)) return null;
  const first = rel.split(sep)[0];
  return rel.includes(sep) ? first : first.replace(/\.[cm]?[jt]sx?$/, '');
}

/** @type {import('eslint').Rule.RuleModule} */
const layerWalls = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the import walls between the folders of src (shared/design/architecture.md).' },
    schema: [
      {
        type: 'object',
        properties: {
          srcDir: { type: 'string' },
          layer: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          why: { type: 'string' },
        },
        required: ['srcDir', 'layer', 'allow', 'why'],
        additionalProperties: false,
      },
    ],
    messages: {
      wall: 'src/{{layer}} may not import {{target}} ("{{source}}"): {{why}} (walls: eslint.config.js)',
    },
  },
  create(context) {
    const [{ srcDir, layer, allow, why }] = context.options;
    const allowed = new Set([layer, ...allow]);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = layerOf(srcDir, resolve(dirname(context.filename), source));
      if (target !== null && allowed.has(target)) return;
      const where = target === null ? 'files outside src' : `src/${target}`;
      context.report({ node, messageId: 'wall', data: { layer, target: where, source, why } });
    };
    const literal = (node) => (node?.type === 'Literal' ? node.value : undefined);
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, literal(node.source)),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node.moduleReference, literal(node.moduleReference.expression)),
      // `import('../ui/x').Type` in a type position
      TSImportType: (node) => check(node, literal(node.argument?.literal ?? node.argument) ?? literal(node.source)),
    };
  },
};

export const layerWallsPlugin = { meta: { name: 'replica-lab' }, rules: { 'layer-walls': layerWalls } };
