/**
 * Nothing marked `"draft": true` is loaded: the draft annotator (seed/annotate/) marks what it wrote, on each
 * entity, statement, relation and notStatements entry and on the whole file, and a person removes the mark once the item is checked
 * against the article. `allowDrafts` (`npm run seed -- --check --allow-drafts`) lets a draft's other problems be
 * checked before its review.
 */
import { ANNOTATIONS } from '../files';
import { isObj } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function DraftRule(context: RuleContext): RuleVisitor {
  if (context.options.allowDrafts) return {};
  const check = (draft: unknown, path: string, what: string) => {
    if (draft === true) context.report(ANNOTATIONS, path, `unreviewed draft ${what}: check it against the article, then remove "draft" once reviewed`);
  };
  return {
    annotations: (file) => {
      check(file.draft, 'draft', '(the whole file)');
      if (Array.isArray(file.notStatements))
        file.notStatements.forEach((n, i) => check(isObj(n) ? n.draft : undefined, `notStatements[${i}].draft`, 'notStatements entry'));
    },
    entity: (node) => check(node.dto.draft, `${node.path}.draft`, `entity "${node.id ?? '?'}"`),
    statement: (node) => check(node.dto.draft, `${node.path}.draft`, `statement "${node.id ?? '?'}"`),
    relation: (node) => check(node.dto.draft, `${node.path}.draft`, `relation "${node.id ?? '?'}"`),
  };
}
