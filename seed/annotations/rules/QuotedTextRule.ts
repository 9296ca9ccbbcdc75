/**
 * A DIRECT_QUOTE or PARTIAL_QUOTE statement's text is the speaker's own words (src/graph/vocabulary.ts
 * QUOTE_FORMS): found verbatim in the article, and inside one of the statement's evidence quotes, so the quoted
 * words are shown where the article prints them.
 */
import { QUOTE_FORMS } from '../../../src/graph';
import { ANNOTATIONS } from '../files';
import { isStr, show } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function QuotedTextRule(context: RuleContext): RuleVisitor {
  return {
    // On leaving the statement: after the problems of its evidence, which this rule reads.
    statementLeave(node) {
      const { text, form } = node.dto;
      if (!isStr(text) || !QUOTE_FORMS.has(form) || context.text.length === 0) return;
      if (!context.index.includes(text)) {
        context.report(
          ANNOTATIONS,
          `${node.path}.text`,
          `a ${form} statement’s text must be the quoted words exactly as in the article, but ${show(text)} is not in the article`,
        );
        return;
      }
      const evidence = context.placedEvidence(node);
      if (evidence.length > 0 && !evidence.some((ev) => ev.quote.includes(text))) {
        context.report(ANNOTATIONS, `${node.path}.text`, `the quoted words ${show(text)} are not inside any of this statement’s evidence quotes`);
      }
    },
  };
}
