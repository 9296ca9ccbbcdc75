/**
 * A relation links two different entities: a loop on one node says nothing about the world, and is most often
 * a copy-paste slip in "to". Reported on the "to" end, after KnownReferencesRule has said whether it exists.
 */
import { ANNOTATIONS } from '../files';
import type { RuleContext, RuleVisitor } from './context';

export function NoSelfRelationRule(context: RuleContext): RuleVisitor {
  return {
    reference({ holder, role, id, path }) {
      if (holder.category === 'RELATION' && role === 'to' && holder.dto.from === id) {
        context.report(ANNOTATIONS, path, `a relation cannot link "${id}" to itself`);
      }
    },
  };
}
