// @ts-check

/**
 * APPSYNC_JS has no classes, but the plugin's `no-classes` only visits declarations:
 * `const C = class {}` slips by.
 * @type {import('eslint').Rule.RuleModule}
 */
export const noClassExpressions = {
  meta: { type: 'problem', docs: { description: 'Disallow class expressions' }, schema: [] },
  create: (context) => ({
    ClassExpression: (node) => context.report({ node, message: 'Class expressions are not supported.' }),
  }),
};
