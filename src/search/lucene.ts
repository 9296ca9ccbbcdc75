/**
 * User text → a safe Lucene query for the full-text index `search_scoped` (cypher/constraints.cypher). Every
 * character Lucene's query parser treats as syntax is backslash-escaped and the operator words AND/OR/NOT/TO are
 * dropped (in a search box they are noise, and as Lucene syntax they would be operators), so input like `Xi AND (`
 * or a lone `"` is searched for as plain words, never parsed as syntax.
 */

import { SCOPE_FIELD } from '../graph';

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
 * The terms to search for: any may match (scored: documents matching more terms rank higher); the last term also
 * matches as a prefix, so "Gabu" finds Gabuev while typing. Empty when nothing searchable is left.
 */
export function queryTerms(input: string): string[] {
  const plain = searchTerms(input);
  if (plain.length === 0) return [];
  const last = plain[plain.length - 1];
  const prefix = /^[\p{L}\p{N}]{2,}$/u.test(last) ? [`${last}*`] : [];
  return [...words(input).map(escapeLucene), ...prefix];
}

/** The properties of `search_scoped` a user's words are searched in (cypher/constraints.cypher). */
export const TEXT_FIELDS = ['name', 'aliasText', 'description', 'text'] as const;

/** Scope tokens (src/graph/search-scope.ts) a hit must carry: one of each list; an empty list is no scope. */
export type LuceneScope = string[][];

/**
 * The Lucene query of `input` within `scope`. Each term is searched in the text fields only, as one group per
 * term over the fields, which is how Neo4j parses an unqualified term (a MultiFieldQueryParser over the index's
 * properties): the same matches and scores as before the index held `searchScope`, and a user's word never
 * matches a scope token. The words are required as a whole (`+(…)`: at least one term), and so is one token of
 * each scope list, boosted by 0 so that the scope narrows the hits without changing their scores. Null when
 * nothing searchable is left.
 */
export function toLuceneQuery(input: string, scope: LuceneScope = []): string | null {
  const terms = queryTerms(input);
  if (terms.length === 0) return null;
  const text = terms.map((t) => `(${TEXT_FIELDS.map((f) => `${f}:${t}`).join(' ')})`).join(' ');
  const scopes = scope.filter((tokens) => tokens.length > 0).map((tokens) => ` +${SCOPE_FIELD}:(${tokens.join(' ')})^0`);
  return `+(${text})${scopes.join('')}`;
}
