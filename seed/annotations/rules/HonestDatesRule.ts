/**
 * Every date is a real date of the precision it claims (src/graph/dates.ts dateSpan): the day an article was
 * published, and the dates of events, statements and relations. The stored `dateEarliest`..`dateLatest` span
 * (cypher/README.md) is computed from the value, so a value such as 2025-02-30 or 2025-W54 has no span to store.
 */
import { ANNOTATIONS, ARTICLE_META } from '../files';
import { dateSpan } from '../../../src/graph';
import { isStr } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function HonestDatesRule(context: RuleContext): RuleVisitor {
  return {
    meta(meta) {
      // Only a value the shape check accepted as YYYY-MM-DD: it reports the others.
      if (!isStr(meta.publishedOn) || !/^\d{4}-\d{2}-\d{2}$/.test(meta.publishedOn)) return;
      const day = dateSpan(meta.publishedOn, 'DAY');
      if (!day.ok) context.report(ARTICLE_META, 'publishedOn', `publishedOn ${day.message}`);
    },
    date(node) {
      const span = context.dateSpan(node);
      if (!span.ok) context.report(ANNOTATIONS, `${node.path}.value`, `date ${span.message}`);
    },
  };
}
