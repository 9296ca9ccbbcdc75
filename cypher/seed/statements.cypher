// Statements (who said what), as nodes: their links are written by statement-links.cypher. The list order keys,
// each unique (it ends with the id) so that statement/page walks its range index without ties to sort:
// `sortDay` (earliest day as YYYY-MM-DD, UNDATED_SORT_DAY of src/graph/vocabulary.ts when undated, so undated ones
// sort last; seed/load.ts computes it), `dateKey` (sortDay, U+001F, id: the order by date then id, as sortDay has
// a fixed width) and `speakerKey` ('0' and the speaker's stored name, or '1' for the narrator so that speakerless
// statements sort last; then U+001F and dateKey: by name, then date, then id; U+001F sorts below every character
// of a name, so "Xi" comes before "Xi Jinping"). The speaker, written before by entities.cypher, is a unique-id
// seek; entities.cypher rewrites the key of its statements when another article renames it. `searchScope` holds
// the search scope tokens (src/graph/search-scope.ts).
// params: $statements: StatementWrite[]
// columns: none
UNWIND $statements AS s
MERGE (n:Statement {id: s.id})
SET n.text = s.text,
    n.form = s.form,
    n.act = s.act,
    n.evidenceIds = coalesce(n.evidenceIds, []) + [x IN s.evidenceIds WHERE NOT x IN coalesce(n.evidenceIds, [])],
    n.date = s.date.value,
    n.datePrecision = s.date.precision,
    n.dateEarliest = date(s.date.earliest),
    n.dateLatest = date(s.date.latest),
    n.dateText = s.date.text,
    n.sortDay = s.sortDay,
    n.dateKey = s.sortDay + '\u001f' + s.id,
    n.scopeTokens = coalesce(n.scopeTokens, []) + [x IN s.scopeTokens WHERE NOT x IN coalesce(n.scopeTokens, [])]
SET n.searchScope = reduce(t = '', x IN n.scopeTokens | t + ' ' + x)
WITH n, s
OPTIONAL MATCH (speaker:Entity {id: s.speakerId})
SET n.speakerKey = CASE WHEN speaker IS NULL THEN '1' ELSE '0' + speaker.name END + '\u001f' + n.dateKey
