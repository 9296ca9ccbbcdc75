// Uniqueness constraints per label, the range/text indexes the API's pages seek through, and the full-text index
// (cypher/README.md describes the stored graph and lists which query uses which). Idempotent (IF NOT EXISTS).
// Unlike other files this one holds several statements, separated by semicolons; src/db/schema.ts runs them in order.
// params: none
// columns: none
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_mentions_key IF NOT EXISTS FOR (n:Entity) ON (n.mentionsKey);
CREATE INDEX entity_degree_key IF NOT EXISTS FOR (n:Entity) ON (n.degreeKey);
CREATE TEXT INDEX entity_search_key IF NOT EXISTS FOR (n:Entity) ON (n.searchKey);
// statement/page walks one of these two stored keys (cypher/seed/statements.cypher) in either direction; the
// day index they replace left ties on a day for a sort to order.
DROP INDEX statement_sort_day IF EXISTS;
CREATE INDEX statement_date_key IF NOT EXISTS FOR (n:Statement) ON (n.dateKey);
CREATE INDEX statement_speaker_key IF NOT EXISTS FOR (n:Statement) ON (n.speakerKey);
CREATE INDEX statement_act IF NOT EXISTS FOR (n:Statement) ON (n.act);
CREATE INDEX statement_form IF NOT EXISTS FOR (n:Statement) ON (n.form);
// search_scoped also holds `searchScope` (kind, article and speaker tokens, src/graph/search-scope.ts), so a scoped
// search is one Lucene query; it replaces search_text, which lacked that field.
DROP INDEX search_text IF EXISTS;
CREATE FULLTEXT INDEX search_scoped IF NOT EXISTS FOR (n:Person|Country|Organization|Event|Statement) ON EACH [n.name, n.aliasText, n.description, n.text, n.searchScope];
CREATE CONSTRAINT statement_group_id IF NOT EXISTS FOR (n:StatementGroup) REQUIRE n.id IS UNIQUE;
CREATE INDEX statement_group_rank IF NOT EXISTS FOR (n:StatementGroup) ON (n.rank);
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (n:Interaction) REQUIRE n.id IS UNIQUE;
CREATE INDEX interaction_rank IF NOT EXISTS FOR (n:Interaction) ON (n.rank);
CREATE INDEX interaction_speaker IF NOT EXISTS FOR (n:Interaction) ON (n.speakerId);
CREATE INDEX interaction_addressee IF NOT EXISTS FOR (n:Interaction) ON (n.addresseeId);
// Who imported which article and when (cypher/importing/record.cypher), one node per import.
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE
