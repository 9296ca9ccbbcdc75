/**
 * Every evidence quote is found verbatim in the text, at exactly one place inside one passage: a quote that
 * occurs more than once says which ("occurrence", 1-based, or a unique "after" phrase before it, not both). The
 * stored span's quote is always text.slice(start, end) (seed/model.ts), and evidence links to one passage.
 */
import type { ResolvedPassage } from '../../model';
import { ANNOTATIONS } from '../files';
import { passageOf, straighten } from '../text';
import { show } from './context';
import type { EvidenceFault, RuleContext, RuleVisitor } from './context';

export function EvidenceFoundRule(context: RuleContext): RuleVisitor {
  const passageLabel = (start: number) => label(passageOf(context.passages, start, start + 1));
  const problem = (fault: EvidenceFault): [suffix: string, message: string] => {
    switch (fault.why) {
      case 'not-found':
        return ['.quote', `quote not found verbatim in the article: ${show(fault.quote)}.${notFoundHint(context.text, fault.quote)}`];
      case 'occurrence-and-after':
        return ['', 'give either "occurrence" or "after", not both'];
      case 'after-not-once':
        return [
          '.after',
          fault.anchors.length === 0
            ? `"after" phrase not found verbatim in the article: ${show(fault.after)}`
            : `"after" phrase ${show(fault.after)} occurs ${fault.anchors.length} times (${fault.anchors.map(passageLabel).join(', ')}): it must occur exactly once`,
        ];
      case 'not-after':
        return ['.after', `quote ${show(fault.quote)} does not occur after ${show(fault.after)}`];
      case 'beyond':
        return ['.occurrence', `occurrence ${fault.occurrence} is beyond the ${fault.found} occurrence(s) of ${show(fault.quote)} in the article`];
      case 'ambiguous':
        return [
          '.quote',
          `quote ${show(fault.quote)} is ambiguous: it occurs ${fault.found.length} times (${fault.found.map(passageLabel).join(', ')}); add "occurrence" (1-based) or "after" to say which`,
        ];
      case 'crosses-passages':
        return ['.quote', `quote ${show(fault.quote)} crosses a passage boundary: evidence must lie within one paragraph`];
    }
  };
  return {
    evidence(node) {
      const { fault } = context.place(node);
      if (!fault) return;
      const [suffix, message] = problem(fault);
      context.report(ANNOTATIONS, `${node.path}${suffix}`, message);
    },
  };
}

const label = (p: ResolvedPassage | undefined) => (p ? `p${p.index}` : '?');

/** Why a quote may look right and still not be found. */
function notFoundHint(text: string, quote: string): string {
  if (straighten(text).includes(straighten(quote))) return ' It is there with other quote marks, apostrophes or dashes: the article uses ’ ‘ “ ” and –.';
  if (text.toLowerCase().includes(quote.toLowerCase())) return ' It is there in other letter case (quotes are case-sensitive).';
  if (quote.includes('\n')) return ' A quote cannot span paragraphs.';
  return '';
}
