// Every evidence span with its article's text, to check quote = text[start, end) (tests, audits).
// plan: allowed NodeByLabelScan — an audit of every evidence span: it reads them all by design (tests, audits)
// params: none
// columns: id: string, start: number, end: number, quote: string, text: string
MATCH (e:Evidence), (a:Article {id: e.articleId})
RETURN e.id AS id, e.start AS start, e.end AS end, e.quote AS quote, a.text AS text
