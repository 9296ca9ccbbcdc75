/**
 * Provenance (cypher/README.md, Evidence): a span of the stored article text. `quote === article.text.slice(start, end)`,
 * offsets 0-based, end-exclusive, in JavaScript string units (W3C Web Annotation: quote + position selectors).
 */
import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import type { EvidenceRow } from '../graph';
import { isWholeEvidence } from '../graph';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'The exact words of an article that support a fact: quote plus position.' })
export class Evidence implements Node {
  readonly __typename = 'Evidence';

  @Field(() => ID, { description: '`<article id>@<start>-<end>`.' })
  id: string;

  articleId: string;
  passageId: string | null;

  @Field(() => Int, { description: 'Offset of the first character in `article.text` (0-based, JavaScript string units).' })
  start: number;

  @Field(() => Int, { description: 'Offset just past the last character (end-exclusive).' })
  end: number;

  @Field({ description: 'The words themselves, equal to `article.text.slice(start, end)` (curly quotes kept).' })
  quote: string;
}

/**
 * What a statement, relation or event keeps for its `evidence` field: the ids of its spans, and the spans
 * themselves when the statement that read the object read them along (`EvidenceRepository.spansOf`).
 */
export interface EvidenceOwner {
  evidenceIds: string[];
  /** The spans in text order, read with their owner; `evidence` then answers without a promise. */
  evidenceSpans?: Evidence[];
}

/** A span as read; one of only its offsets and words ('quotesOnly') lacks the rest, which its selection does not read. */
export function toEvidence(row: EvidenceRow): Evidence {
  if (!isWholeEvidence(row)) return Object.assign(new Evidence(), { start: row.start, end: row.end, quote: row.quote });
  return Object.assign(new Evidence(), {
    id: row.id,
    articleId: row.articleId,
    passageId: row.passageId ?? null,
    start: row.start,
    end: row.end,
    quote: row.quote,
  });
}
