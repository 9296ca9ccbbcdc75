/**
 * User text → a safe Lucene query for the full-text index `search_text` (cypher/constraints.cypher). Every
 * character Lucene's query parser treats as syntax is backslash-escaped and the operator words AND/OR/NOT/TO are
 * dropped (in a search box they are noise, and as Lucene syntax they would be operators), so input like `Xi AND (`
 * or a lone `"` is searched for as plain words, never parsed as syntax.
 */

/** Lucene classic query parser syntax characters (`&&`/`||` are covered by escaping each `&` and `|`). */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR = /^(AND|OR|NOT|TO)$/;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, '\\$&');
}

const words = (input: string): string[] => input.split(/\s+/).filter((t) => t.length > 0 && !OPERATOR.test(t));

/** The words of the query as typed (for snippets), without syntax characters. */
export function searchTerms(input: string): string[] {
  return words(input.replace(SPECIAL, ' '));
}

/**
 * Any term may match (scored: documents matching more terms rank higher); the last term also matches as a
 * prefix, so "Gabu" finds Gabuev while typing. Null when nothing searchable is left.
 */
export function toLuceneQuery(input: string): string | null {
  const plain = searchTerms(input);
  if (plain.length === 0) return null;
  const last = plain[plain.length - 1];
  const prefix = /^[\p{L}\p{N}]{2,}$/u.test(last) ? [`${last}*`] : [];
  return [...words(input).map(escapeLucene), ...prefix].join(' ');
}
