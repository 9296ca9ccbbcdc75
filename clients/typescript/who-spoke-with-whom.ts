/**
 * Who spoke with whom: every speaker → addressee pair of the graph's statements, with how many statements each
 * pair has, most first (ties in the API's order). Usage: npx ts-node clients/typescript/who-spoke-with-whom.ts [endpoint]
 *
 * The API counts: the SpeakerPairs operation (clients/operations.graphql) pages through `interactions`.
 */
import type { SpeakerPairsQuery } from './generated/graphql';
import { SpeakerPairsDocument } from './generated/graphql';
import { endpoint, request, run } from './request';

run(async () => {
  const url = endpoint();
  const pairs: { speaker: string; addressee: string; count: number }[] = [];
  let after: string | null = null;
  let total: number;
  do {
    // Annotated: `after` feeds the next request, which TypeScript cannot infer around the loop.
    const { interactions }: SpeakerPairsQuery = await request(url, SpeakerPairsDocument, { after });
    total = interactions.totalCount;
    for (const { node } of interactions.edges) pairs.push({ speaker: node.speaker.name, addressee: node.addressee.name, count: node.count });
    after = interactions.pageInfo.hasNextPage ? interactions.pageInfo.endCursor : null;
  } while (after);

  const width = String(pairs[0]?.count ?? 0).length;
  console.log(`${total} speaker → addressee pairs`);
  for (const pair of pairs) console.log(`${String(pair.count).padStart(width)}  ${pair.speaker} → ${pair.addressee}`);
});
