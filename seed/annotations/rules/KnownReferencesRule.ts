/**
 * Every id a statement or relation refers to is declared in this article and names what the reference allows:
 * a speaker, addressee or reporter is a person, country or organization (an EVENT says nothing), a statement's
 * event is an EVENT, respondsTo is a statement, and the ends of a relation are entities. The loader links by id
 * (seed/load.ts) and would otherwise link nothing, or the wrong kind of node.
 */
import { ANNOTATIONS } from '../files';
import { withArticle } from './context';
import type { Allowed, ReferenceFault, RuleContext, RuleVisitor } from './context';

export function KnownReferencesRule(context: RuleContext): RuleVisitor {
  return {
    reference(node) {
      if (node.self) return; // NoSelfReferenceRule's
      const fault = context.referenceFault(node);
      if (fault) context.report(ANNOTATIONS, node.path, `${node.role} "${node.id}" ${wording(fault, node.allowed)}`);
    },
  };
}

function wording(fault: ReferenceFault, allowed: Allowed): string {
  switch (fault.why) {
    case 'unknown':
      return `does not exist: no entity${allowed.statement ? ' or statement' : ''} has this id`;
    case 'not-an-event':
      return `must be an EVENT, but it is ${withArticle(fault.kind)}`;
    case 'an-event':
      return 'is an EVENT: it must be a person, country or organization';
    case 'category': {
      const entity =
        allowed.entity === 'EVENT' ? 'an event' : allowed.entity === 'NOT_EVENT' ? 'a person, country or organization' : allowed.entity ? 'an entity' : '';
      const expected = [entity, allowed.statement ? 'a statement' : ''].filter(Boolean).join(' or ');
      return `is ${withArticle(fault.category.toLowerCase())}, but it must be ${expected}`;
    }
  }
}
