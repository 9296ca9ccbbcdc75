// How many entities there are, in all and of each kind: every count comes from the count store
// (NodeCountFromCountStore), so it costs the same at any size. The total of entity/page.cypher.
// params: none
// columns: entity, person, country, organization, event
CALL () { MATCH (n:Entity) RETURN count(n) AS entity }
CALL () { MATCH (n:Person) RETURN count(n) AS person }
CALL () { MATCH (n:Country) RETURN count(n) AS country }
CALL () { MATCH (n:Organization) RETURN count(n) AS organization }
CALL () { MATCH (n:Event) RETURN count(n) AS event }
RETURN entity, person, country, organization, event
