/**
 * A statement is not about itself and does not respond to itself: ABOUT and RESPONDS_TO would loop on one node
 * (cypher/seed/statement-links.cypher writes them).
 */
import { ANNOTATIONS } from '../files';
import type { RuleContext, RuleVisitor } from './context';

export function NoSelfReferenceRule(context: RuleContext): RuleVisitor {
  return {
    reference({ self, path, role, id, item }) {
      if (!self) return;
      context.report(ANNOTATIONS, path, item !== undefined ? `${role} "${id}" refers to the statement itself` : `${role} refers to the statement itself`);
    },
  };
}
