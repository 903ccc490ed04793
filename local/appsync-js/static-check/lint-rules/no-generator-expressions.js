// @ts-check

/**
 * The plugin's `no-generators` visits function declarations only; a generator function
 * expression or method (`const g = function* () {}`, `{ *items() {} }`) is just as
 * unsupported. Same text as the plugin's rule.
 * @type {import('eslint').Rule.RuleModule}
 */
export const noGeneratorExpressions = {
  meta: { type: 'problem', docs: { description: 'Disallow generator function expressions' }, schema: [] },
  create: (context) => ({
    FunctionExpression: (node) => {
      if (node.generator) context.report({ node, message: 'Generator functions are not supported.' });
    },
  }),
};
