/**
 * An id is declared once in an article, across entities, statements and relations: the loader MERGEs nodes and
 * relationships by id (cypher/seed/entities.cypher, statements.cypher, relations.cypher), so two declarations
 * of one id would become one thing, the last one written. A relation without an id gets TYPE:from->to
 * (src/graph/ids.ts relationId), so the same type between the same pair twice needs an explicit id on one of
 * them. The first declaration is the one references name.
 */
import { ANNOTATIONS } from '../files';
import { isStr } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function UniqueIdsRule(context: RuleContext): RuleVisitor {
  return {
    id(node) {
      const first = context.ids.get(node.id)!;
      if (first === node) return;
      if (first.category === 'RELATION' && node.category === 'RELATION' && !isStr(node.dto.id)) {
        context.report(
          ANNOTATIONS,
          node.idPath,
          `duplicate relation ${node.id} (also at ${first.idPath.replace(/\.id$/, '')}): give one of them an explicit "id" if the same type really links this pair twice`,
        );
      } else
        context.report(
          ANNOTATIONS,
          node.idPath,
          `duplicate id "${node.id}": already used at ${first.idPath} (ids are unique across entities, statements and relations)`,
        );
    },
  };
}
