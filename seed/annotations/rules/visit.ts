/**
 * Runs the rules over one article: each node, in the order annotations.json is written, goes to every rule in
 * list order before the next node (as graphql-js runs its rules, src/language/visitor.ts visitInParallel). So
 * the problems of one entity, statement or relation are added together, field by field; resolve.ts sorts them
 * by file and line, and problems on the same line keep this order.
 */
import type { Hooks, HolderNode, Rule, RuleContext, RuleVisitor } from './context';

export function visitArticle(context: RuleContext, rules: readonly Rule[]): void {
  const visitors: RuleVisitor[] = rules.map((rule) => rule(context));
  const visit = <K extends keyof Hooks>(hook: K, node: Hooks[K]) => {
    for (const visitor of visitors) (visitor[hook] as ((node: Hooks[K]) => void) | undefined)?.(node);
  };
  const visitParts = (holder: HolderNode) => {
    if (holder.date) visit('date', holder.date);
    for (const evidence of holder.evidence) visit('evidence', evidence);
  };

  if (context.textGiven) visit('text', context.text);
  if (context.meta) visit('meta', context.meta);
  if (context.annotations) visit('annotations', context.annotations);
  for (const node of context.declared) visit('id', node);
  for (const entity of context.entities) {
    visit('entity', entity);
    visitParts(entity);
    visit('entityLeave', entity);
  }
  for (const statement of context.statements) {
    visit('statement', statement);
    for (const reference of statement.references) visit('reference', reference);
    visitParts(statement);
    visit('statementLeave', statement);
  }
  for (const relation of context.relations) {
    visit('relation', relation);
    for (const reference of relation.references) visit('reference', reference);
    visitParts(relation);
  }
  if (context.annotations) visit('annotationsLeave', context.annotations);
}
