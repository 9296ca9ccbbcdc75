// Every place each entity is named (cypher/fragments/entity-mentions.cypher), in reading order; batched for DataLoader.
// params: $ids: string[]
// columns: id: string, evidence: EvidenceNode[]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, {{> entity-mentions n}} AS evidence
