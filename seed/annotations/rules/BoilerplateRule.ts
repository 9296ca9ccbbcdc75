/**
 * article.txt holds the article only, not the web page around it: comment forms and share buttons copied with
 * it would become passages of the stored article (text.ts splitPassages) and could be quoted as evidence.
 */
import { ARTICLE_TEXT } from '../files';
import { show } from './context';
import type { RuleContext, RuleVisitor } from './context';

/** Lines that betray web-page chrome copied with the article. */
export const BOILERPLATE: readonly RegExp[] = [
  /^Add a Comment$/m,
  /Your email address will not be published/,
  /^(Leave a Reply|Share this:?|Related Articles|Subscribe to our newsletter)$/m,
];

export function BoilerplateRule(context: RuleContext): RuleVisitor {
  return {
    text(text) {
      for (const re of BOILERPLATE) {
        const m = re.exec(text);
        if (m) {
          const line = text.slice(0, m.index).split('\n').length;
          context.report(ARTICLE_TEXT, '', `article.txt contains page boilerplate ${show(m[0])}: keep only the article itself`, line);
        }
      }
    },
  };
}
