/**
 * Every entity is named in the article, by its name or an alias, as a whole word and case-sensitively: its
 * mentions (text.ts findMentions) are what link it to the passages it appears in, and an entity the text never
 * names is a misspelt name or does not belong to this article.
 */
import { ANNOTATIONS } from '../files';
import { show } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function EntityNamedRule(context: RuleContext): RuleVisitor {
  return {
    entityLeave(node) {
      if (!node.name || context.text.length === 0 || context.mentions(node).length > 0) return;
      context.report(
        ANNOTATIONS,
        node.path,
        `entity "${node.id ?? '?'}" is never named in the article: neither its name ${show(node.name)} nor an alias occurs as a whole word (case-sensitive)`,
      );
    },
  };
}
