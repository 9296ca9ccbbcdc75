/**
 * Who spoke with whom: every speaker → addressee pair of the article's statements, with how many statements each
 * pair has, most first. Usage: npx ts-node clients/typescript/who-spoke-with-whom.ts [endpoint]
 *
 * Counts the pairs of the WhoSpokeWithWhom example operation (schema/operations.graphql) over one page of the
 * largest size the API allows; when the graph holds more statements than that, it says how many were counted.
 */
import { WhoSpokeWithWhomDocument } from './generated/graphql';
import { endpoint, request, run } from './request';

/** The largest page `statements` serves (src/common/args.ts, MAX_PAGE). */
const MAX_PAGE = 100;

run(async () => {
  const { statements } = await request(endpoint(), WhoSpokeWithWhomDocument, { first: MAX_PAGE });
  const pairs = new Map<string, { speaker: string; addressee: string; count: number }>();
  for (const { node } of statements.edges) {
    if (!node.speaker) continue;
    for (const addressee of node.addressees) {
      const key = `${node.speaker.id}\u0000${addressee.id}`;
      const pair = pairs.get(key) ?? { speaker: node.speaker.name, addressee: addressee.name, count: 0 };
      pair.count += 1;
      pairs.set(key, pair);
    }
  }
  // Code-unit order for ties, the same as clients/python/who_spoke_with_whom.py, so both print the same lines.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...pairs.values()].sort((a, b) => b.count - a.count || compare(a.speaker, b.speaker) || compare(a.addressee, b.addressee));
  const width = String(sorted[0]?.count ?? 0).length;

  const counted = statements.edges.length < statements.totalCount ? `the first ${statements.edges.length} of ${statements.totalCount}` : statements.totalCount;
  console.log(`${sorted.length} speaker → addressee pairs in ${counted} statements`);
  for (const pair of sorted) console.log(`${String(pair.count).padStart(width)}  ${pair.speaker} → ${pair.addressee}`);
});
