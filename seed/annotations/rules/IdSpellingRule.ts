/**
 * Entity and statement ids are "<prefix>:<lowercase-kebab-case>" with the prefix of their kind (src/graph/ids.ts):
 * ids are stable and readable, and the API tells what an id names from its prefix alone (categoryOf).
 * A relation's id is free-form: the shape check only refuses spaces in it.
 */
import { ID_PREFIX, KEBAB, STATEMENT_PREFIX } from '../../../src/graph';
import { ANNOTATIONS } from '../files';
import type { RuleContext, RuleVisitor } from './context';

export function IdSpellingRule(context: RuleContext): RuleVisitor {
  const check = (id: string, path: string, prefix: string | undefined, what: string) => {
    const colon = id.indexOf(':');
    if (colon < 0) {
      context.report(ANNOTATIONS, path, `id "${id}" must be "${prefix ?? '<prefix>'}:<lowercase-kebab-case>"`);
      return;
    }
    if (prefix && id.slice(0, colon) !== prefix) context.report(ANNOTATIONS, path, `id "${id}" must start with "${prefix}:" (${what})`);
    const rest = id.slice(colon + 1);
    if (!KEBAB.test(rest))
      context.report(ANNOTATIONS, path, `id "${id}": after "${id.slice(0, colon)}:" use lowercase-kebab-case (a-z, 0-9, single hyphens), got "${rest}"`);
  };
  return {
    id(node) {
      // An entity of an unknown kind has no prefix to expect (the shape check reports the kind).
      if (node.category === 'ENTITY') check(node.id, node.idPath, node.kind ? ID_PREFIX[node.kind] : undefined, `kind ${node.kind}`);
      else if (node.category === 'STATEMENT') check(node.id, node.idPath, STATEMENT_PREFIX, 'a statement');
    },
  };
}
