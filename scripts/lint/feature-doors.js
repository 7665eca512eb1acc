// A feature is used by others only through its front door: renderer/features/<name>/index.ts
// (and its i18n.ts, which the app's string tables mount). This rule resolves every relative or
// @renderer import and refuses one that reaches into another feature's inner files, from
// another feature or from the rest of the renderer.
import path from 'node:path';

const DOORS = new Set(['index', 'index.ts', 'index.tsx', 'i18n', 'i18n.ts']);

function featureOf(relative) {
  const parts = relative.split(path.sep);
  const at = parts.indexOf('features');
  if (at < 1 || parts[at - 1] !== 'renderer' || parts.length <= at + 1) return undefined;
  return { name: parts[at + 1], inner: parts.slice(at + 2) };
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    messages: {
      inner:
        "'{{source}}' reaches into feature '{{feature}}'. Import it from its front door (renderer/features/{{feature}}/index.ts), or move what both need to renderer/common/.",
    },
    schema: [],
  },
  create(context) {
    const cwd = context.cwd;
    const file = path.relative(cwd, context.filename);
    const own = featureOf(file)?.name;
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      let target;
      if (source.startsWith('.'))
        target = path.relative(cwd, path.resolve(path.dirname(context.filename), source));
      else if (source.startsWith('@renderer/'))
        target = path.join('renderer', source.slice('@renderer/'.length));
      else return;
      const reached = featureOf(target);
      if (!reached || reached.name === own) return;
      if (reached.inner.length === 0 || (reached.inner.length === 1 && DOORS.has(reached.inner[0]))) return;
      context.report({ node: node.source, messageId: 'inner', data: { source, feature: reached.name } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'feature-doors': rule } };
