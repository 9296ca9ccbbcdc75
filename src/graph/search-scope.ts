/**
 * Scope tokens of the full-text index (cypher/constraints.cypher, `search_scoped`): each entity and statement
 * stores in `searchScope` one token per kind, article and (statements) speaker it belongs to, and a scoped search
 * requires them in the same Lucene query as the words (src/search/lucene.ts). So the scope narrows the hits
 * inside the index instead of filtering a top-k afterwards, which would lose hits.
 *
 * A token is a facet letter and a hash of the value: one word to Lucene's standard analyzer whatever the id holds
 * (an id's punctuation would split it into words, and an id longer than 255 characters into two tokens), and
 * never the same token for two values in practice (128 bits). The words a user types are searched only in the
 * text fields, so they never match a token.
 */
import { createHash } from 'node:crypto';
import type { SearchKind } from './vocabulary';

/** What a token scopes by: a node's kind, an article it is mentioned or made in, a statement's speaker. */
export type ScopeFacet = 'kind' | 'article' | 'speaker';

const LETTER: Record<ScopeFacet, string> = { kind: 'k', article: 'a', speaker: 's' };

export function scopeToken(facet: ScopeFacet, value: string): string {
  return LETTER[facet] + createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 32);
}

/** The property the tokens are stored in (space-separated) and searched through. */
export const SCOPE_FIELD = 'searchScope';

/** An entity's tokens from one article: its kind and that article (tokens accumulate across articles). */
export function entityScope(kind: SearchKind, articleId: string): string[] {
  return [scopeToken('kind', kind), scopeToken('article', articleId)];
}

/** A statement's tokens: STATEMENT, its article and its speaker (none for the narrator). */
export function statementScope(articleId: string, speakerId: string | null): string[] {
  return [scopeToken('kind', 'STATEMENT'), scopeToken('article', articleId), ...(speakerId ? [scopeToken('speaker', speakerId)] : [])];
}
