// Where each entity is named: one MENTIONED_IN per (entity, passage), listing the evidence spans.
// params: $mentions
// columns: none
UNWIND $mentions AS m
MATCH (e:Entity {id: m.entityId})
MATCH (p:Passage {id: m.passageId})
MERGE (e)-[r:MENTIONED_IN]->(p)
SET r.evidenceIds = coalesce(r.evidenceIds, []) + [x IN m.evidenceIds WHERE NOT x IN coalesce(r.evidenceIds, [])]
