/**
 * A date's "text" is the article's own words for it ("On Monday", "last week"), found verbatim in the text: it
 * is stored as `dateText` beside the computed span (cypher/README.md), so a reader can see what the article
 * actually said. Checked only on a date that is valid (HonestDatesRule reports the others).
 */
import { ANNOTATIONS } from '../files';
import { isStr, show } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function DateTextRule(context: RuleContext): RuleVisitor {
  return {
    date(node) {
      const text = node.dto.text;
      if (!context.dateSpan(node).ok || !isStr(text) || context.text.length === 0 || context.index.includes(text)) return;
      context.report(ANNOTATIONS, `${node.path}.text`, `date text should be the article’s own words for the date, but ${show(text)} is not in the article`);
    },
  };
}
