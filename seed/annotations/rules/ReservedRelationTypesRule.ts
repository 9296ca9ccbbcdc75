/**
 * An annotated relation may not take a type the graph writes itself (src/graph/vocabulary.ts RESERVED_TYPES:
 * SAID_BY, ABOUT, MENTIONED_IN, …): queries follow those types to statements, passages and evidence, and would
 * mistake an entity relation of the same name for one of them.
 */
import { RESERVED_TYPES } from '../../../src/graph';
import { ANNOTATIONS } from '../files';
import { isStr } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function ReservedRelationTypesRule(context: RuleContext): RuleVisitor {
  return {
    relation({ path, dto }) {
      if (isStr(dto.type) && RESERVED_TYPES.includes(dto.type)) {
        context.report(
          ANNOTATIONS,
          `${path}.type`,
          `type ${dto.type} is reserved for the graph’s own links (${RESERVED_TYPES.join(', ')}): choose another name`,
        );
      }
    },
  };
}
