// Statements (who said what), as nodes: their links are written by statement-links.cypher. `sortDay` is the
// statements' list order key (earliest day as YYYY-MM-DD, UNDATED_SORT_DAY of src/graph/vocabulary.ts when
// undated, so undated ones sort last; seed/load.ts computes it), stored so that statement pages walk the
// statement_sort_day index in order instead of sorting every statement.
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
    n.sortDay = s.sortDay
