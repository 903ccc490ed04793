// @ts-check

/**
 * `throw` is listed among the unsupported statements of APPSYNC_JS
 * (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html) but the
 * plugin has no rule for it; errors are raised with `util.error` instead. The text follows
 * the plugin's wording for the sibling `try` rule.
 * @type {import('eslint').Rule.RuleModule}
 */
export const noThrow = {
  meta: { type: 'problem', docs: { description: 'Disallow throw statements' }, schema: [] },
  create: (context) => ({
    ThrowStatement: (node) => context.report({ node, message: 'Throw statements are not supported.' }),
  }),
};
