/**
 * article.json's title is the first line of article.txt, exactly: the title is stored once, as the first
 * passage of the text (text.ts splitPassages), and the metadata must not tell a different one.
 */
import { ARTICLE_META } from '../files';
import { isStr, show } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function TitleIsFirstLineRule(context: RuleContext): RuleVisitor {
  return {
    meta(meta) {
      const firstLine = context.text.split('\n')[0] ?? '';
      if (isStr(meta.title) && context.text.length > 0 && meta.title !== firstLine) {
        context.report(ARTICLE_META, 'title', `title must be the first line of article.txt, exactly: ${show(firstLine)} (got ${show(meta.title)})`);
      }
    },
  };
}
