/**
 * A list of references (addressees, about, reportedBy) names each id once: the loader MERGEs one relationship
 * per statement and target (cypher/seed/statement-links.cypher), so a repeat adds nothing and is most often a
 * slip for another id. A repeated id that names nothing valid is KnownReferencesRule's to report, every time.
 */
import { ANNOTATIONS } from '../files';
import type { RuleContext, RuleVisitor } from './context';

export function DistinctReferencesRule(context: RuleContext): RuleVisitor {
  return {
    reference(node) {
      if (node.self || !node.repeated || context.referenceFault(node)) return;
      context.report(ANNOTATIONS, node.path, `${node.role} "${node.id}" is listed twice`);
    },
  };
}
