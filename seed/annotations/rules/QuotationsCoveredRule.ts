/**
 * Every quotation of the article (text.ts findQuotations: “…”, "…" and ‘…’) is inside the evidence of some
 * statement, or listed in the top-level "notStatements" with the reason it is none (a headline's label, a scare
 * quote that quotes nobody). A hand-written annotation file easily misses a quotation; this rule finds it. A
 * quotation counts as covered when an evidence span (or a notStatements quote, at that place) holds its words;
 * the marks and the punctuation just inside them may be left out. A notStatements entry must name a quotation
 * that no statement covers, so the list stays true when a statement is added later.
 */
import { ANNOTATIONS, ARTICLE_TEXT } from '../files';
import { findQuotations, occurrences } from '../text';
import type { Quotation } from '../text';
import { isObj, isStr, show } from './context';
import type { RuleContext, RuleVisitor } from './context';

export function QuotationsCoveredRule(context: RuleContext): RuleVisitor {
  return {
    annotationsLeave(file) {
      const text = context.text;
      if (text.length === 0) return;
      const quotations = findQuotations(text, context.passages).map((q) => ({ q, words: words(text, q) }));
      const holds = (start: number, end: number, w: { start: number; end: number }) => start <= w.start && w.end <= end;
      const spans = context.statements.flatMap((s) => context.placedEvidence(s).map((ev) => ({ ev, id: s.id ?? '?' })));
      const coveredBy = new Map(quotations.map(({ q, words: w }) => [q, spans.find(({ ev }) => holds(ev.start, ev.end, w))?.id]));

      const listed = new Set<Quotation>();
      const entries = Array.isArray(file.notStatements) ? file.notStatements : [];
      entries.forEach((entry, i) => {
        if (!isObj(entry) || !isStr(entry.quote)) return; // the shape check reports it
        const path = `notStatements[${i}]`;
        const found = occurrences(context.index, entry.quote);
        if (found.length === 0) {
          context.report(ANNOTATIONS, `${path}.quote`, `quote not found verbatim in the article: ${show(entry.quote)}`);
          return;
        }
        const named = quotations.filter(({ q, words: w }) =>
          found.some((at) => at >= q.start && at + entry.quote.length <= q.end && holds(at, at + entry.quote.length, w)),
        );
        if (named.length === 0) {
          context.report(ANNOTATIONS, `${path}.quote`, `${show(entry.quote)} is not a quotation of the article: give the words between its quote marks`);
          return;
        }
        for (const { q } of named) listed.add(q);
        const statement = named.map(({ q }) => coveredBy.get(q)).find((id) => id !== undefined);
        if (statement !== undefined && named.every(({ q }) => coveredBy.get(q) !== undefined)) {
          context.report(ANNOTATIONS, path, `${show(entry.quote)} is inside the evidence of statement "${statement}": remove it from notStatements`);
        }
      });

      for (const { q, words: w } of quotations) {
        if (coveredBy.get(q) !== undefined || listed.has(q)) continue;
        context.report(
          ARTICLE_TEXT,
          '',
          `the quotation ${show(text.slice(w.start, w.end))} (p${q.passageIndex}) is in no statement’s evidence: add the statement it quotes, or list it in "notStatements" of ${ANNOTATIONS} with the reason it is none`,
          lineAt(text, q.start),
        );
      }
    },
  };
}

/** The quoted words: the quotation without its marks and the spaces and punctuation just inside them. */
function words(text: string, q: Quotation): { start: number; end: number } {
  let { start, end } = q.inner;
  while (start < end && /[\s\p{P}]/u.test(text[start])) start++;
  while (end > start && /[\s\p{P}]/u.test(text[end - 1])) end--;
  return end > start ? { start, end } : q.inner;
}

/** 1-based line of an offset of the stored text (the same lines as the file: storedText keeps line breaks). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
