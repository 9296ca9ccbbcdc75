/**
 * The peer: the same stored graph (cypher/README.md) served by @neo4j/graphql 7, the Neo4j GraphQL Library,
 * which generates a schema from type definitions and translates each root field of a request into one Cypher
 * statement. It runs on the API's own HTTP stack (Apollo Server 5 on Express 5, express.json), with the
 * project's driver settings (src/db/database.ts createDriver), over the same Neo4j, so the comparison is
 * between two ways of turning GraphQL into Cypher and nothing else.
 *
 * The type definitions map the stored nodes one to one (the library's @node, @relationship and @cypher
 * directives: https://neo4j.com/docs/graphql/current/type-definitions/directives/). Statement links are
 * relationship fields; the library has only list relationships, so `speaker` and `event` are lists of at most
 * one. Evidence is referenced by id (`evidenceIds`), which no relationship expresses, so `evidence` is a @cypher
 * field that looks the ids up, as cypher/evidence/by-ids.cypher does. An entity's statements in any role (the
 * API's `Entity.statements`) span five relationship types, so they are a @cypher field too. Read-only: no
 * mutations are generated. The questions asked of it are in bench/questions.ts.
 *
 * `BENCH_BOLT_URIS=bolt://… BENCH_NEO4J_PASSWORD=… npx ts-node --transpile-only bench/peer.ts` runs it alone.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDriver } from '../src/db/database';
import type { Listening } from './children';
import { serveChild } from './children';

/** Evidence of a statement or an event: its `evidenceIds` looked up by the unique id index, in text order. */
const EVIDENCE = `"""
  MATCH (e:Evidence) WHERE e.id IN this.evidenceIds
  RETURN e ORDER BY e.articleId, e.start
  """`;

/** The links that make an entity take part in a statement (src/graph/vocabulary.ts ROLE_LINKS.ANY). */
const ANY_ROLE = 'SAID_BY|ADDRESSED_TO|ABOUT|MADE_AT|REPORTED_BY';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  enum EntityKind {
    PERSON
    COUNTRY
    ORGANIZATION
    EVENT
  }

  type Evidence @node @mutation(operations: []) {
    id: ID!
    start: Int!
    end: Int!
    quote: String!
  }

  type Entity @node @mutation(operations: []) {
    id: ID!
    kind: EntityKind!
    name: String!
    aliases: [String!]
    description: String
    eventType: String
    date: String
    datePrecision: String
    dateText: String
    evidence: [Evidence!]! @cypher(statement: ${EVIDENCE}, columnName: "e")
    "Statements the entity takes part in, in any role, by day then id (the API's Entity.statements)."
    statements(first: Int = 20): [Statement!]!
      @cypher(
        statement: """
        MATCH (this)<-[:${ANY_ROLE}]-(s:Statement)
        WITH DISTINCT s ORDER BY s.sortDay, s.id LIMIT $first
        RETURN s
        """
        columnName: "s"
      )
    statementCount: Int!
      @cypher(statement: "MATCH (this)<-[:${ANY_ROLE}]-(s:Statement) RETURN count(DISTINCT s) AS total", columnName: "total")
  }

  union EntityOrStatement = Entity | Statement

  type Statement @node @mutation(operations: []) {
    id: ID!
    text: String!
    form: String!
    act: String!
    date: String
    datePrecision: String
    dateText: String
    sortDay: String!
    speaker: [Entity!]! @relationship(type: "SAID_BY", direction: OUT)
    addressees: [Entity!]! @relationship(type: "ADDRESSED_TO", direction: OUT)
    about: [EntityOrStatement!]! @relationship(type: "ABOUT", direction: OUT)
    event: [Entity!]! @relationship(type: "MADE_AT", direction: OUT)
    reportedBy: [Entity!]! @relationship(type: "REPORTED_BY", direction: OUT)
    respondsTo: [Statement!]! @relationship(type: "RESPONDS_TO", direction: OUT)
    responses: [Statement!]! @relationship(type: "RESPONDS_TO", direction: IN)
    evidence: [Evidence!]! @cypher(statement: ${EVIDENCE}, columnName: "e")
  }
`;

/** The peer over one driver on 127.0.0.1, at /graphql like the API. */
export async function startPeer(driver: Driver): Promise<Listening> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
  await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
  return {
    port: (httpServer.address() as AddressInfo).port,
    close: async () => {
      httpServer.closeAllConnections();
      await apollo.stop();
      await new Promise<void>((done) => httpServer.close(() => done()));
      await driver.close();
    },
  };
}

if (require.main === module) {
  const password = process.env.BENCH_NEO4J_PASSWORD ?? '';
  serveChild((uri) => startPeer(createDriver({ uri, username: 'neo4j', password }))).catch((error) => {
    console.error(`peer failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
