// Facts that point at no stored evidence: statements, events and entity-to-entity relationships whose
// evidenceIds are missing, empty, or name an Evidence node that does not exist. Should always be empty.
// plan: allowed NodeByLabelScan — an audit of every statement and event: it reads them all by design
// plan: allowed DirectedAllRelationshipsScan — an audit of every entity-to-entity relationship, whatever its type
// params: none
// columns: kind: 'statement' | 'event' | 'relation', id: string
CALL () {
  MATCH (s:Statement) RETURN 'statement' AS kind, s.id AS id, coalesce(s.evidenceIds, []) AS ids
  UNION ALL
  MATCH (e:Event) RETURN 'event' AS kind, e.id AS id, coalesce(e.evidenceIds, []) AS ids
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) RETURN 'relation' AS kind, r.id AS id, coalesce(r.evidenceIds, []) AS ids
}
OPTIONAL MATCH (ev:Evidence) WHERE ev.id IN ids
WITH kind, id, size(ids) AS declared, count(ev) AS found
WHERE declared = 0 OR found < declared
RETURN kind, id
