/** Full-text search over the `search_scoped` index (cypher/search/), with snippets cut here. */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import type { SearchKind } from '../common/enums';
import { BadInputError } from '../errors';
import { scopeToken } from '../graph';
import { toEntityOrStatement } from '../statement/statement.type';
import { unknownIds } from '../statement/statement.repository';
import { searchTerms, toLuceneQuery } from './lucene';
import { SearchHit } from './search.type';

const BEFORE = 40;
const AFTER = 80;

/** The text around the first occurrence of a term, preferring statement text, then name, aliases, description. */
export function snippet(row: { text?: string; name?: string; aliases?: string[]; description?: string }, terms: string[]): string {
  const fields = [row.text, row.name, ...(row.aliases ?? []), row.description].filter((f): f is string => typeof f === 'string' && f.length > 0);
  // The analyzer matches whole words (and the last term as a prefix): look for a term at the start of a word.
  const hit = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})`, 'iu');
  for (const field of fields) {
    const at = terms.length > 0 ? field.search(hit) : -1;
    if (at >= 0) return cut(field, Math.max(0, at - BEFORE), at + AFTER);
  }
  // Matched by the analyzer (e.g. a prefix or a different form): show the start of the main text.
  return cut(fields[0] ?? '', 0, BEFORE + AFTER);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** text[start, end) widened or narrowed to whole words, with "…" where it was cut. */
function cut(text: string, start: number, end: number): string {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start + BEFORE ? space + 1 : from;
  }
  let to = Math.min(end, text.length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > from ? space : to;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** What a search is limited to (null: not limited by that); within a list any value matches, across lists all must. */
export interface SearchScope {
  kinds: SearchKind[] | null;
  /** Statements said by one of these entities. */
  speakerIds: string[] | null;
  /** Entities mentioned in, and statements made in, one of these articles. */
  articleIds: string[] | null;
}

export class SearchRepository {
  constructor(private readonly db: QueryRunner) {}

  /**
   * The best `first` hits within `scope`: the scope is part of the Lucene query (src/graph/search-scope.ts), so
   * the index returns the best hits inside it, not a top-k filtered afterwards.
   */
  async search(input: string, { kinds, speakerIds, articleIds }: SearchScope, first: number): Promise<SearchHit[]> {
    const scope = [
      (kinds ?? []).map((k) => scopeToken('kind', k)),
      (speakerIds ?? []).map((id) => scopeToken('speaker', id)),
      (articleIds ?? []).map((id) => scopeToken('article', id)),
    ];
    const query = toLuceneQuery(input, scope);
    // With nothing searchable left the statement still checks the ids, and asks the index nothing.
    const [row] = await this.db.read('search/fulltext', { query, speakerIds, articleIds, limit: int(first) });
    if (row.missingSpeakers.length > 0) throw unknownIds('speakerIds', row.missingSpeakers);
    if (row.missingArticles.length > 0) {
      const list = row.missingArticles.map((id) => `"${id}"`).join(', ');
      throw new BadInputError(`\`articleIds\` names no article with the id ${list}: \`articles\` lists them.`, {
        argument: 'articleIds',
        unknownIds: row.missingArticles,
      });
    }
    const terms = searchTerms(input);
    return row.hits.map((r) =>
      Object.assign(new SearchHit(), {
        node: toEntityOrStatement(r.node),
        kind: r.kind,
        score: r.score,
        snippet: snippet(r.node, terms),
      }),
    );
  }
}
