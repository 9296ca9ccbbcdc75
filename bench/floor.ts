/**
 * The floor: the least a server can do to answer some of the API's operations. A bare `node:http` server, the
 * project's own driver settings (src/db/database.ts createDriver), ONE Cypher statement per request, the rows
 * turned into plain values (src/db/values.ts toNative, as the API does) and into the JSON the API returns in
 * `data`, then JSON.stringify. No GraphQL parse, validation or execution, no DataLoader, no Express. Whatever
 * the API costs above this is the price of being a GraphQL server with resolvers; bench/run.ts reports the
 * ratio.
 *
 * It reads the same request body as the API (`{ query, variables, operationName }`, routed by operationName;
 * `query` is ignored) and answers only what each operation of schema/operations.graphql selects, with the same
 * defaults, order and nulls, so bench/run.ts can check that the floor's `data` equals the API's.
 *
 * `BENCH_BOLT_URIS=bolt://… BENCH_NEO4J_PASSWORD=… npx ts-node --transpile-only bench/floor.ts` runs it alone.
 */
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { decodeCursor, encodeCursor } from '../src/common/cursor';
import { createDriver } from '../src/db/database';
import { QueryCatalog } from '../src/db/queries';
import { int, toNative } from '../src/db/values';
import type { EntityKind } from '../src/graph';
import { categoryOf, KIND_LABEL } from '../src/graph';
import type { Listening } from './children';
import { listenOnLoopback, serveChild } from './children';

type Row = Record<string, unknown>;
type Variables = Record<string, unknown>;
interface Named {
  id: string;
  name: string;
}

/**
 * Xi's statements as WhatDidXiSay asks for them, in one statement: the page of statement/page-linked.cypher
 * (anchored at the speaker, ordered by the stored dateKey, one row more than the page for hasNextPage) with every
 * link and the evidence inlined by COLLECT subqueries, each list in the order the API gives it (by id; evidence
 * in text order).
 */
const STATEMENTS_OF_SPEAKER = `
MATCH (:Entity {id: $speakerId})<-[:SAID_BY]-(s:Statement)
WITH collect(DISTINCT s) AS matches
CALL (matches) {
  UNWIND matches AS s
  WITH s WHERE $afterKey IS NULL OR s.dateKey > $afterKey
  WITH s ORDER BY s.dateKey LIMIT $limit
  RETURN collect(s {
    .id, .text, .form, .act, .date, .datePrecision, .dateText, .dateKey,
    addressees: COLLECT { MATCH (s)-[:ADDRESSED_TO]->(t) RETURN t { .id, .name } ORDER BY t.id },
    about: COLLECT { MATCH (s)-[:ABOUT]->(t) RETURN t { .id, .kind, .name, .text } ORDER BY t.id },
    events: COLLECT { MATCH (s)-[:MADE_AT]->(t) RETURN t { .id, .name } ORDER BY t.id },
    reportedBy: COLLECT { MATCH (s)-[:REPORTED_BY]->(t) RETURN t { .id, .name } ORDER BY t.id },
    evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN s.evidenceIds RETURN e { .start, .end, .quote } ORDER BY e.articleId, e.start }
  }) AS statements
}
RETURN size(matches) AS total, statements`;

/** The first page of all statements as WhoSpokeWithWhom asks for it (statement/page.cypher plus the links). */
const STATEMENTS_PAGE = `
CALL () {
  MATCH (s:Statement)
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Statement) WHERE s.dateKey > ''
  WITH s ORDER BY s.dateKey LIMIT $limit
  RETURN collect(s {
    .id, .act,
    speakers: COLLECT { MATCH (s)-[:SAID_BY]->(t) RETURN t { .id, .name } ORDER BY t.id },
    addressees: COLLECT { MATCH (s)-[:ADDRESSED_TO]->(t) RETURN t { .id, .name } ORDER BY t.id },
    events: COLLECT { MATCH (s)-[:MADE_AT]->(t) RETURN t { .id, .name, .date, .datePrecision } ORDER BY t.id },
    evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN s.evidenceIds RETURN e { .quote } ORDER BY e.articleId, e.start }
  }) AS statements
}
RETURN total, statements`;

const DEFAULT_PAGE = 20;

/** A stored date as the API's `date { value precision … }` (null unless both are stored, as toPartialDate). */
const dateOf = (row: Row, withText: boolean) =>
  row.date == null || row.datePrecision == null
    ? null
    : withText
      ? { value: row.date, precision: row.datePrecision, text: row.dateText ?? null }
      : { value: row.date, precision: row.datePrecision };

/** The API's `__typename` of a stored entity (src/entity/entity.type.ts: one class per kind). */
const typename = (kind: unknown) => KIND_LABEL[kind as EntityKind];

type Answer = (driver: Driver, catalog: QueryCatalog, variables: Variables) => Promise<unknown>;

/** One auto-commit read (RUN + PULL), as the API's Database.read sends it (src/db/database.ts), so the ratio compares equals. */
const read = async (driver: Driver, text: string, params: Row): Promise<Row[]> => {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(text, params);
    return result.records.map((r) => toNative(r.toObject()) as Row);
  } finally {
    await session.close();
  }
};

/** What the floor answers, by operation name: the same `data` as the API for the same variables. */
export const FLOOR_ANSWERS: Record<string, Answer> = {
  /** The API's own statement for entity ids (cypher/entity/by-ids.cypher, one id in the list), or statement ids. */
  async NodeById(driver, catalog, { id = 'event:2025-02-24-xi-putin-call' }) {
    const category = categoryOf(String(id));
    if (category === 'ENTITY') {
      const params = { ids: [id], include: [] };
      const [row] = await read(driver, catalog.statementFor('entity/by-ids', params), params);
      const e = row?.entity as Row | undefined;
      return { node: e ? { __typename: typename(e.kind), id: e.id, name: e.name, kind: e.kind } : null };
    }
    if (category === 'STATEMENT') {
      const [row] = await read(driver, catalog.statementFor('statement/by-ids'), { ids: [id] });
      const s = row?.statement as Row | undefined;
      return { node: s ? { __typename: 'Statement', id: s.id, text: s.text, act: s.act } : null };
    }
    throw new Error(`the floor answers NodeById for entity and statement ids only, not ${String(id)}`);
  },

  async WhatDidXiSay(driver, _catalog, { speakerId = 'person:xi-jinping', first = DEFAULT_PAGE, after = null }) {
    // The API's cursor of the default order (src/statement/statement-order.ts): the statement's dateKey.
    const [afterKey] = after ? decodeCursor(String(after), 'statements:DATE:ASC', ['string']) : [null];
    const [row] = await read(driver, STATEMENTS_OF_SPEAKER, { speakerId, afterKey, limit: int(Number(first) + 1) });
    const rows = row.statements as Row[];
    const page = rows.slice(0, Number(first));
    const cursor = (s: Row) => encodeCursor('statements:DATE:ASC', [s.dateKey as string]);
    return {
      statements: {
        totalCount: row.total,
        pageInfo: { hasNextPage: rows.length > page.length, endCursor: page.length > 0 ? cursor(page[page.length - 1]) : null },
        edges: page.map((s) => ({
          node: {
            id: s.id,
            text: s.text,
            form: s.form,
            act: s.act,
            date: dateOf(s, true),
            addressees: s.addressees,
            about: (s.about as Row[]).map((t) =>
              t.kind ? { __typename: typename(t.kind), id: t.id, name: t.name } : { __typename: 'Statement', id: t.id, text: t.text },
            ),
            event: (s.events as Named[])[0] ?? null,
            reportedBy: s.reportedBy,
            evidence: s.evidence,
          },
        })),
      },
    };
  },

  async WhoSpokeWithWhom(driver, _catalog, { first = 50 }) {
    const [row] = await read(driver, STATEMENTS_PAGE, { limit: int(Number(first)) });
    return {
      statements: {
        totalCount: row.total,
        edges: (row.statements as Row[]).map((s) => {
          const event = (s.events as Row[])[0];
          return {
            node: {
              id: s.id,
              act: s.act,
              speaker: (s.speakers as Named[])[0] ?? null,
              addressees: s.addressees,
              event: event ? { id: event.id, name: event.name, date: dateOf(event, false) } : null,
              evidence: s.evidence,
            },
          };
        }),
      },
    };
  },
};

export const FLOOR_OPERATIONS = Object.keys(FLOOR_ANSWERS);

async function body(request: IncomingMessage): Promise<{ operationName?: string; variables?: Variables }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string; variables?: Variables };
}

function send(response: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** The floor over one driver, on 127.0.0.1 (any path; POST only). */
export async function startFloor(driver: Driver, catalog: QueryCatalog = QueryCatalog.load()): Promise<Listening> {
  const server = createServer((request, response) => {
    if (request.method !== 'POST') return send(response, 405, { errors: [{ message: 'POST only' }] });
    body(request)
      .then(async ({ operationName, variables }) => {
        const answer = operationName ? FLOOR_ANSWERS[operationName] : undefined;
        if (!answer) return send(response, 400, { errors: [{ message: `the floor does not answer ${operationName}` }] });
        send(response, 200, { data: await answer(driver, catalog, variables ?? {}) });
      })
      .catch((error: Error) => send(response, 500, { errors: [{ message: error.message }] }));
  });
  return listenOnLoopback(server, () => driver.close());
}

if (require.main === module) {
  const password = process.env.BENCH_NEO4J_PASSWORD ?? '';
  serveChild((uri) => startFloor(createDriver({ uri, username: 'neo4j', password }))).catch((error) => {
    console.error(`floor failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
