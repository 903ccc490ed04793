// @ts-check

/**
 * The plugin's `no-promise` only catches `new Promise(…)`; `Promise.resolve()`, `Promise.all()`
 * and friends create promises just the same, and APPSYNC_JS runs nothing asynchronously.
 * Only the global `Promise` is meant: a local binding of that name is someone else's value.
 * Same text as the plugin's rule.
 * @type {import('eslint').Rule.RuleModule}
 */
export const noPromiseStatics = {
  meta: { type: 'problem', docs: { description: 'Disallow the static methods of Promise' }, schema: [] },
  create: (context) => ({
    MemberExpression: (node) => {
      const object = node.object;
      if (object.type !== 'Identifier' || object.name !== 'Promise') return;
      const reference = context.sourceCode.getScope(node).references.find((r) => r.identifier === object);
      if (reference?.resolved && reference.resolved.defs.length > 0) return;
      context.report({ node, message: 'Promise is not supported' });
    },
  }),
};
