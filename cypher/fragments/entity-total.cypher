// Fragment (src/db/queries.ts expandFragments; not a statement): `total`, how many entities there are of the
// kinds in $kinds (every entity when null), read from the count store (NodeCountFromCountStore): the same cost at
// any size, so entity pages always return it.
CALL () {
  CALL () { MATCH (n:Entity) RETURN count(n) AS entity }
  CALL () { MATCH (n:Person) RETURN count(n) AS person }
  CALL () { MATCH (n:Country) RETURN count(n) AS country }
  CALL () { MATCH (n:Organization) RETURN count(n) AS organization }
  CALL () { MATCH (n:Event) RETURN count(n) AS event }
  RETURN CASE WHEN $kinds IS NULL THEN entity
              ELSE (CASE WHEN 'PERSON' IN $kinds THEN person ELSE 0 END) + (CASE WHEN 'COUNTRY' IN $kinds THEN country ELSE 0 END)
                 + (CASE WHEN 'ORGANIZATION' IN $kinds THEN organization ELSE 0 END) + (CASE WHEN 'EVENT' IN $kinds THEN event ELSE 0 END)
         END AS total
}
