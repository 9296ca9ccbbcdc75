/**
 * Limits on one GraphQL document, checked before any resolver runs; each refusal is an HTTP 400 with its own
 * code and says which limit and its value (README.md, "Limits"). One place per limit:
 *  - tokens: graphql-js's own `maxTokens` parse option (Apollo's `parseOptions`), which stops the lexer as soon
 *    as the document passes the limit, so a huge document is never parsed whole. graphql-armor's max-tokens
 *    plugin does the same through an Envelop parse hook, which Apollo Server does not have.
 *  - depth, aliases, directives: graphql-armor's validation rules, run with graphql-js's own rules (Apollo's
 *    `validationRules`). Apollo keeps a document once it validates (its document store), so they run once per
 *    distinct query text.
 *  - cost: graphql-query-complexity (src/http/complexity.ts), not graphql-armor's cost limit. Ours knows each
 *    list's size from the fields' own `complexity` (a connection multiplies its children by `first`, written in
 *    the document or passed as a variable, or by the default page size when it is left out); armor's counts a
 *    literal `first`/`last` only, so `first: $n` or a left-out `first` would pass at any size.
 * A document's operation type must also exist in the schema (`knownOperationTypesRule`).
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ASTVisitor, GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { Limits } from '../config';
import type { LimitCode } from '../errors';
import { LimitExceededError, unsupportedOperationError } from '../errors';

/** What graphql-armor's rules report; `found` is in their message (`…exceeded, found 61.`) only. */
function refusal(code: LimitCode, setting: string, what: string, max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)\.?$/.exec(error.message)?.[1];
    const count = found === undefined ? undefined : Number(found);
    const message =
      count === undefined
        ? `Query has too many ${what}: more than the limit of ${max} (${setting}).`
        : `Query has too many ${what}: ${count} exceeds the limit of ${max} (${setting}).`;
    context?.reportError(new LimitExceededError(code, message, { limit: setting, max, ...(count === undefined ? {} : { found: count }) }));
  };
}

/**
 * graphql-js 16 runs a `mutation` or `subscription` against a schema without that root type until execution,
 * which fails with an error carrying no code (masked as INTERNAL_SERVER_ERROR). The spec makes it a validation
 * error ("Operation Type Existence", https://spec.graphql.org/draft/#sec-Operation-Type-Existence), which
 * graphql-js 17 checks as KnownOperationTypesRule; this is that rule, with the same message.
 */
export const knownOperationTypesRule: ValidationRule = (context): ASTVisitor => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) context.reportError(unsupportedOperationError(node.operation, node));
  },
});

/** The validation rules that enforce the document limits, for Apollo's `validationRules`. */
export function documentLimitRules(limits: Limits): ValidationRule[] {
  // Armor's rules throw out of graphql-js's validate by default; reporting instead keeps graphql-js's error
  // list, so Apollo answers 400 as for any validation error.
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    knownOperationTypesRule,
    // Fragments do not add a level (flattenFragments): the depth is the answer's nesting, however the document
    // spells it. Introspection (`__schema`) is not counted, so GraphiQL and codegen load the schema as before.
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [refusal('QUERY_TOO_DEEP', 'MAX_QUERY_DEPTH', 'levels of nesting', limits.maxDepth)],
    }) as ValidationRule,
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [refusal('TOO_MANY_ALIASES', 'MAX_ALIASES', 'aliases', limits.maxAliases)],
    }) as ValidationRule,
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [refusal('TOO_MANY_DIRECTIVES', 'MAX_DIRECTIVES', 'directives', limits.maxDirectives)],
    }) as ValidationRule,
  ];
}
