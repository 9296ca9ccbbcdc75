/** Full-text search over the `search_text` index (cypher/search/), with snippets cut here. */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import { SearchKind } from '../common/enums';
import { toEntityOrStatement } from '../statement/statement.type';
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

/**
 * How many index hits to read when kinds filter them: the filter runs after the index, so read more than asked
 * for, but a bounded number (a kind rarer than 1 in FETCH_FACTOR among the best hits may come back short).
 */
const FETCH_FACTOR = 10;
const FETCH_MAX = 500;

export class SearchRepository {
  constructor(private readonly db: QueryRunner) {}

  async search(input: string, kinds: SearchKind[] | null, first: number): Promise<SearchHit[]> {
    const query = toLuceneQuery(input);
    if (query === null) return [];
    const fetch = kinds === null || new Set(kinds).size === Object.keys(SearchKind).length ? first : Math.max(first, Math.min(first * FETCH_FACTOR, FETCH_MAX));
    const rows = await this.db.read('search/fulltext', { query, kinds, fetch: int(fetch), limit: int(first) });
    const terms = searchTerms(input);
    return rows.map((r) =>
      Object.assign(new SearchHit(), {
        node: toEntityOrStatement(r.node),
        kind: r.kind,
        score: r.score,
        snippet: snippet(r.node, terms),
      }),
    );
  }
}
