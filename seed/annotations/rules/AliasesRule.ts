/**
 * An entity's aliases are the other ways this article names it, each once, each found in the text as a whole
 * word: mentions are computed from the name and the aliases (text.ts findMentions), so an alias the text never
 * uses is a typo or a name from another article, and one that repeats the name adds nothing.
 */
import { ANNOTATIONS } from '../files';
import { straighten, wholeWordOccurrences } from '../text';
import { show } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function AliasesRule(context: RuleContext): RuleVisitor {
  return {
    entity({ path, name, aliases }) {
      aliases.forEach((alias, j) => {
        const at = `${path}.aliases[${j}]`;
        if (alias === name) context.report(ANNOTATIONS, at, `alias ${show(alias)} repeats the name`);
        else if (aliases.indexOf(alias) !== j) context.report(ANNOTATIONS, at, `alias ${show(alias)} is listed twice`);
        else if (context.text.length > 0 && wholeWordOccurrences(context.index, alias).length === 0) {
          const hint = straighten(context.text).includes(straighten(alias))
            ? ' (it is there with other quote marks or apostrophes: the article uses ’ “ ”)'
            : '';
          context.report(
            ANNOTATIONS,
            at,
            `alias ${show(alias)} does not occur in the article as a whole word${hint}: aliases are the ways this article names the entity`,
          );
        }
      });
    },
  };
}
