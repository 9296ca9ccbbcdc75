/**
 * article.txt must hold text: every quote, name and date phrase is searched in it, and an empty file would
 * otherwise leave each of them unchecked (the rules skip their text checks when there is no text).
 */
import { ARTICLE_TEXT } from '../files';
import type { RuleContext, RuleVisitor } from './context';

export function TextNotEmptyRule(context: RuleContext): RuleVisitor {
  return {
    text(text) {
      if (text.length === 0) context.report(ARTICLE_TEXT, '', 'article.txt is empty');
    },
  };
}
