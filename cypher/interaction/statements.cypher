// The statements of each speaker → addressee pair in $pairs (SAID_BY the speaker and ADDRESSED_TO the
// addressee), one page per pair ordered like statement/page.cypher (by the stored sortDay, then id; undated
// last), after the keyset cursor ($afterDay, $afterId). Both ends are unique-index seeks and the speaker's
// statements are expanded and tested for the addressee, so the cost follows the speaker's statements; the
// per-pair total is counted from the same matches. Rows carry links and evidence as $include asks
// (cypher/fragments/statement-extras.cypher).
// params: $pairs: InteractionPair[], $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: speakerId: string, addresseeId: string, total: number, statements: StatementRow[]
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.speakerId})
MATCH (b:Entity {id: pair.addresseeId})
CALL (a, b) {
  MATCH (a)<-[:SAID_BY]-(s:Statement)-[:ADDRESSED_TO]->(b)
  WITH collect(DISTINCT s) AS matches
  CALL (matches) {
    UNWIND matches AS s
    WITH s WHERE $afterId IS NULL OR s.sortDay > $afterDay OR (s.sortDay = $afterDay AND s.id > $afterId)
    WITH s ORDER BY s.sortDay, s.id LIMIT $limit
    RETURN collect({{> statement-row s}}) AS statements
  }
  RETURN size(matches) AS total, statements
}
RETURN a.id AS speakerId, b.id AS addresseeId, total, statements
