// Fragment (src/db/queries.ts expandFragments; not a statement): the month group of statement `{{owner}}`
// (statementCounts(groupBy: MONTH) and the StatementGroup aggregate). `YYYY-MM` when its date lies within one
// calendar month (a DAY, a MONTH, or a WEEK or RANGE inside one month); the date's own value when it spans more
// than one month (a YEAR, a WEEK or RANGE across months: `2025`, `2025-W05`, `2015-02/2025-02-24`), so no
// statement is counted in a month it may not belong to; null when the statement is undated.
CASE
  WHEN {{owner}}.dateEarliest IS NULL THEN null
  WHEN date.truncate('month', {{owner}}.dateEarliest) = date.truncate('month', {{owner}}.dateLatest) THEN substring(toString({{owner}}.dateEarliest), 0, 7)
  ELSE {{owner}}.date
END
