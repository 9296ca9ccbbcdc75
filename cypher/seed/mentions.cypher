// Where each entity is named: one MENTIONED_IN per (entity, passage), listing the evidence spans. Index-backed:
// both ends are unique-id seeks and MENTIONED_IN is merged between them (EXPLAIN on an empty and on a loaded
// store: NodeUniqueIndexSeek, Expand(Into)).
// params: $mentions: MentionWrite[]
// columns: none
UNWIND $mentions AS m
MATCH (e:Entity {id: m.entityId})
MATCH (p:Passage {id: m.passageId})
MERGE (e)-[r:MENTIONED_IN]->(p)
SET r.evidenceIds = coalesce(r.evidenceIds, []) + [x IN m.evidenceIds WHERE NOT x IN coalesce(r.evidenceIds, [])]
