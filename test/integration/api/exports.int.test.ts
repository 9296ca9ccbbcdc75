/**
 * GET /export/*.csv|jsonl (src/http/export.ts) over the seeded article: each file parsed as a client would
 * (csv-parse, JSON per line) and checked against the GraphQL API's answer for the same filters, every quote
 * against the article's text at its offsets. EXPORT_CHUNK_SIZE is 3 here, so every export is stitched from
 * several keyset chunks (33 statements: 11 chunks).
 */
import { parse } from 'csv-parse/sync';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createDriver, Database } from '../../../src/db/database';
import { QueryCatalog } from '../../../src/db/queries';
import type { ExportOutcome } from '../../../src/http/export';
import { exportRouter } from '../../../src/http/export';
import { freePort } from '../../../src/local-neo4j';
import { createLogger } from '../../../src/logger';
import { useTestApp } from '../harness';
import { run, seededArticle } from './helpers';

const CHUNK = 3;
const previousChunkSize = process.env.EXPORT_CHUNK_SIZE;
process.env.EXPORT_CHUNK_SIZE = String(CHUNK);
afterAll(() => {
  if (previousChunkSize === undefined) delete process.env.EXPORT_CHUNK_SIZE;
  else process.env.EXPORT_CHUNK_SIZE = previousChunkSize;
});

const app = useTestApp();

type Row = Record<string, string>;

async function download(path: string): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${app.http}${path}`);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function csv(path: string): Promise<Row[]> {
  const { status, headers, text } = await download(path);
  expect(status).toBe(200);
  expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
  return parse(text, { columns: true, skip_empty_lines: false }) as Row[];
}

async function jsonl(path: string): Promise<Record<string, unknown>[]> {
  const { status, headers, text } = await download(path);
  expect(status).toBe(200);
  expect(headers.get('content-type')).toBe('application/x-ndjson');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

interface Span {
  id: string;
  start: number;
  end: number;
  quote: string;
}

const bySpan = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/** The facts of an export in file order: the first row of each, its spans, and checks the per-span columns. */
function facts(rows: Row[], idColumn: string): { id: string; first: Row; spans: Span[] }[] {
  const grouped: { id: string; first: Row; spans: Span[] }[] = [];
  for (const row of rows) {
    const current = grouped.at(-1);
    if (row.evidence_index === '0') {
      grouped.push({ id: row[idColumn], first: row, spans: [] });
    } else {
      expect(current?.id).toBe(row[idColumn]);
      expect(Number(row.evidence_index)).toBe(current!.spans.length);
    }
    if (row.evidence_count !== '0') {
      grouped.at(-1)!.spans.push({ id: row.evidence_id, start: Number(row.evidence_start), end: Number(row.evidence_end), quote: row.evidence_quote });
    }
  }
  for (const fact of grouped) expect(fact.spans).toHaveLength(Number(fact.first.evidence_count));
  return grouped;
}

async function expectQuotesMatchText(rows: Row[]): Promise<void> {
  const { id, text } = await seededArticle();
  const spans = rows.filter((r) => r.evidence_count !== '0');
  expect(spans.length).toBeGreaterThan(0);
  for (const row of spans) {
    expect(row.article_id).toBe(id);
    expect(row.evidence_quote).toBe(text.slice(Number(row.evidence_start), Number(row.evidence_end)));
  }
}

const STATEMENTS = `query ($speakerIds: [ID!], $aboutIds: [ID!], $aboutRelated: Boolean, $acts: [StatementAct!], $forms: [StatementForm!], $after: String) {
  statements(speakerIds: $speakerIds, aboutIds: $aboutIds, aboutRelated: $aboutRelated, acts: $acts, forms: $forms, first: 100, after: $after) {
    pageInfo { hasNextPage }
    edges { node { id text act form speaker { id name } addressees { id } about { __typename id } event { id } evidence { id start end quote } } }
  }
}`;

async function graphqlStatements(variables: Record<string, unknown>): Promise<any[]> {
  const data = await run(app, STATEMENTS, variables);
  expect(data.statements.pageInfo.hasNextPage).toBe(false);
  return data.statements.edges.map((e: any) => e.node);
}

function expectSameStatements(rows: Row[], expected: any[]): void {
  const exported = facts(rows, 'statement_id');
  expect(exported.map((f) => f.id)).toEqual(expected.map((s) => s.id));
  expect(new Set(exported.map((f) => f.id)).size).toBe(exported.length);
  for (const [i, fact] of exported.entries()) {
    const s = expected[i];
    expect(fact.first).toMatchObject({ text: s.text, act: s.act, form: s.form, speaker_id: s.speaker?.id ?? '', speaker_name: s.speaker?.name ?? '' });
    expect(fact.first.addressee_ids.split('|').filter(Boolean)).toEqual(s.addressees.map((a: any) => a.id).sort());
    expect(fact.first.about_ids.split('|').filter(Boolean)).toEqual(s.about.map((a: any) => a.id).sort());
    expect(fact.first.event_id).toBe(s.event?.id ?? '');
    expect(fact.spans).toEqual([...s.evidence].sort(bySpan));
  }
}

describe('GET /export/statements', () => {
  it('exports every statement in the order of `statements`, stitched from chunks without gaps or repeats', async () => {
    const rows = await csv('/export/statements.csv');
    const expected = await graphqlStatements({});
    expect(expected.length).toBeGreaterThan(CHUNK * 5);
    expectSameStatements(rows, expected);
    await expectQuotesMatchText(rows);
  });

  it('sends a header row, a file name and RFC 4180 quoting that csv-parse reads back', async () => {
    const { headers, text } = await download('/export/statements.csv?speakerIds=person:xi-jinping');
    expect(headers.get('content-disposition')).toBe('attachment; filename="statements.csv"');
    expect(text.split('\r\n')[0]).toBe(
      'statement_id,text,form,act,date,date_precision,date_earliest,date_latest,date_text,speaker_id,speaker_name,addressee_ids,about_ids,event_id,reported_by_ids,responds_to_id,evidence_index,evidence_count,article_id,evidence_id,evidence_start,evidence_end,evidence_quote',
    );
    // Quotes with commas and the article's curly quotes survive the round trip (checked against the text above).
    const rows = parse(text, { columns: true }) as Row[];
    expect(rows.some((r) => r.evidence_quote.includes(','))).toBe(true);
    expectSameStatements(rows, await graphqlStatements({ speakerIds: ['person:xi-jinping'] }));
  });

  it('takes lists repeated or comma-separated, as `statements` takes them', async () => {
    const expected = await graphqlStatements({ acts: ['ACCUSATION', 'DENIAL'], forms: ['PARAPHRASE', 'DIRECT_QUOTE', 'PARTIAL_QUOTE'] });
    expect(expected.length).toBeGreaterThan(0);
    expectSameStatements(await csv('/export/statements.csv?acts=ACCUSATION,DENIAL&forms=PARAPHRASE&forms=DIRECT_QUOTE,PARTIAL_QUOTE'), expected);
  });

  it('widens subjects with aboutRelated as `statements` does', async () => {
    const variables = { speakerIds: ['person:xi-jinping'], aboutIds: ['country:ukraine'], aboutRelated: true };
    const expected = await graphqlStatements(variables);
    expect(expected.length).toBeGreaterThan(await graphqlStatements({ ...variables, aboutRelated: false }).then((s) => s.length));
    expectSameStatements(await csv('/export/statements.csv?speakerIds=person:xi-jinping&aboutIds=country:ukraine&aboutRelated=true'), expected);
  });

  it('writes the same rows as JSON lines, with numbers, nulls and lists as JSON has them', async () => {
    const lines = await jsonl('/export/statements.jsonl?acts=ACCUSATION,DENIAL');
    const rows = await csv('/export/statements.csv?acts=ACCUSATION,DENIAL');
    expect(lines).toHaveLength(rows.length);
    for (const [i, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual(Object.keys(rows[i]));
      expect(line.statement_id).toBe(rows[i].statement_id);
      expect(line.evidence_start).toBe(Number(rows[i].evidence_start));
      expect(line.about_ids).toEqual(rows[i].about_ids.split('|'));
      expect(line.responds_to_id).toBe(rows[i].responds_to_id === '' ? null : rows[i].responds_to_id);
    }
    const denial = lines.find((l) => l.act === 'DENIAL')!;
    expect(denial.responds_to_id).toBe('statement:west-accuses-china-of-aiding-russia');
  });
});

describe('GET /export/relations', () => {
  const RELATIONS = `query ($id: ID!, $types: [String!]) { entity(id: $id) { relations(types: $types, first: 100) {
    pageInfo { hasNextPage } edges { node { id type role from { id name } to { id name } evidence { id start end quote } } } } } }`;

  async function graphqlRelations(ids: string[], types?: string[]): Promise<Map<string, any>> {
    const found = new Map<string, any>();
    for (const id of ids) {
      const data = await run(app, RELATIONS, { id, types });
      expect(data.entity.relations.pageInfo.hasNextPage).toBe(false);
      for (const { node } of data.entity.relations.edges) found.set(node.id, node);
    }
    return found;
  }

  function expectSameRelations(rows: Row[], expected: Map<string, any>): void {
    const exported = facts(rows, 'relation_id');
    expect(exported.map((f) => f.id).sort()).toEqual([...expected.keys()].sort());
    const order = exported.map((f) => [f.first.from_id, f.id].join(' '));
    expect(order).toEqual([...order].sort());
    for (const fact of exported) {
      const r = expected.get(fact.id);
      expect(fact.first).toMatchObject({ type: r.type, role: r.role ?? '', from_id: r.from.id, from_name: r.from.name, to_id: r.to.id, to_name: r.to.name });
      expect(fact.spans).toEqual([...r.evidence].sort(bySpan));
    }
  }

  it('exports every entity-to-entity relation once, ordered by (from, id), as the entities list them', async () => {
    const entities = await run(app, '{ entities(first: 100) { pageInfo { hasNextPage } edges { node { id } } } }');
    expect(entities.entities.pageInfo.hasNextPage).toBe(false);
    const expected = await graphqlRelations(entities.entities.edges.map((e: any) => e.node.id));
    expect(expected.size).toBeGreaterThan(CHUNK * 5);
    const rows = await csv('/export/relations.csv');
    expectSameRelations(rows, expected);
    await expectQuotesMatchText(rows);
  });

  it('filters by types and by entities at either end', async () => {
    const ids = ['person:xi-jinping', 'country:china'];
    const expected = await graphqlRelations(ids, ['REPRESENTS', 'LEADS']);
    expect(expected.size).toBeGreaterThan(0);
    expectSameRelations(await csv('/export/relations.csv?entityIds=person:xi-jinping,country:china&types=REPRESENTS&types=LEADS'), expected);
    const both = await graphqlRelations(['country:china', 'country:russia']);
    expect(both.size).toBeGreaterThan(CHUNK * 3);
    expectSameRelations(await csv('/export/relations.csv?entityIds=country:china,country:russia'), both);
    const lines = await jsonl('/export/relations.jsonl?entityIds=country:russia');
    expect(new Set(lines.map((l) => l.relation_id))).toEqual(new Set((await graphqlRelations(['country:russia'])).keys()));
    const typed = await csv('/export/relations.csv?types=REPRESENTS');
    expect(new Set(typed.map((r) => r.type))).toEqual(new Set(['REPRESENTS']));
  });
});

describe('GET /export/entities', () => {
  const ENTITIES = `query ($kind: EntityKind, $nameContains: String) { entities(kind: $kind, nameContains: $nameContains, first: 100) {
    pageInfo { hasNextPage } edges { node { id kind name aliases mentions { id start end quote } } } } }`;

  async function graphqlEntities(kind?: string, nameContains?: string): Promise<any[]> {
    const data = await run(app, ENTITIES, { kind, nameContains });
    expect(data.entities.pageInfo.hasNextPage).toBe(false);
    return data.entities.edges.map((e: any) => e.node);
  }

  function expectSameEntities(rows: Row[], expected: any[]): void {
    const exported = facts(rows, 'entity_id');
    expect(exported.map((f) => f.id)).toEqual(expected.map((e) => e.id));
    for (const [i, fact] of exported.entries()) {
      expect(fact.first).toMatchObject({ kind: expected[i].kind, name: expected[i].name, aliases: expected[i].aliases.join('|') });
      expect(fact.spans).toEqual([...expected[i].mentions].sort(bySpan));
    }
  }

  it('exports every entity with each place the article names it, in the order of `entities`', async () => {
    const rows = await csv('/export/entities.csv');
    expectSameEntities(rows, await graphqlEntities());
    await expectQuotesMatchText(rows);
  });

  it('filters by kinds and nameContains', async () => {
    const people = await graphqlEntities('PERSON');
    const countries = await graphqlEntities('COUNTRY');
    const byName = (a: any, b: any) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
    expectSameEntities(await csv('/export/entities.csv?kinds=PERSON,COUNTRY'), [...people, ...countries].sort(byName));
    const matching = await graphqlEntities(undefined, 'xi');
    expect(matching.length).toBeGreaterThan(0);
    expectSameEntities(await csv('/export/entities.csv?nameContains=xi'), matching);
    const lines = await jsonl('/export/entities.jsonl?kinds=EVENT&nameContains=war');
    expect(new Set(lines.map((l) => l.entity_id))).toEqual(new Set((await graphqlEntities('EVENT', 'war')).map((e) => e.id)));
  });
});

describe('bad parameters', () => {
  const cases: [string, string, RegExp][] = [
    ['statements.csv?speakerIds=' + Array.from({ length: 51 }, (_, i) => `person:p${i}`).join(','), 'speakerIds', /speakerIds must contain no more than 50/],
    ['statements.csv?speakerIds=', 'speakerIds', /speakerIds must list at least one id/],
    ['statements.csv?acts=ACCUSATION,GOSSIP', 'acts', /`acts` takes .*"GOSSIP"/],
    ['statements.jsonl?speakerIds=person:nobody', 'speakerIds', /`speakerIds` names no entity or statement with the id "person:nobody"/],
    ['statements.csv?aboutIds=country:atlantis&aboutRelated=true', 'aboutIds', /`aboutIds` names no entity .*"country:atlantis"/],
    ['statements.csv?aboutRelated=maybe', 'aboutRelated', /`aboutRelated` must be true or false/],
    ['statements.csv?speakerId=person:xi-jinping', 'speakerId', /Unknown parameter `speakerId`/],
    ['relations.csv?types=leads', 'types', /each of types must be an UPPER_SNAKE_CASE/],
    ['relations.csv?entityIds=person:nobody', 'entityIds', /`entityIds` names no entity .*"person:nobody"/],
    ['entities.csv?kinds=ALIEN', 'kinds', /each of kinds must be one of PERSON/],
    ['entities.csv?nameContains=' + 'x'.repeat(101), 'nameContains', /nameContains must be shorter than or equal to 100/],
    ['entities.csv?nameContains=a&nameContains=b', 'nameContains', /`nameContains` takes one value/],
  ];

  it.each(cases)('%s → 400 naming %s, nothing streamed', async (path, parameter, message) => {
    const { status, headers, text } = await download(`/export/${path}`);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(headers.get('content-disposition')).toBeNull();
    const body = JSON.parse(text);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(message);
    expect(body.errors[0].message).toContain(parameter);
  });

  it('answers 404 for a file that is not an export', async () => {
    expect((await download('/export/passwords.csv')).status).toBe(404);
  });
});

describe('the export pipeline', () => {
  /** The router alone on a loopback port, with a hook that reports how each export ended. */
  async function serve(db: Database, chunkSize: number): Promise<{ base: string; outcomes: ExportOutcome[]; server: Server }> {
    const outcomes: ExportOutcome[] = [];
    const router = exportRouter(db, createLogger('silent'), { chunkSize, onOutcome: (o) => outcomes.push(o) });
    const server = express().use('/export', router).listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, outcomes, server };
  }

  it('stops reading chunks when the client disconnects', async () => {
    const { base, outcomes, server } = await serve(app.db, 1);
    const read = app.db.read.bind(app.db);
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    let reads = 0;
    let third: Promise<unknown> | undefined;
    const spy = jest.spyOn(app.db, 'read').mockImplementation((...args: Parameters<Database['read']>) => {
      reads += 1;
      // The third chunk is answered only once the client has gone.
      const answer = reads === 3 ? released.then(() => read(...args)) : read(...args);
      if (reads === 3) third = answer;
      return answer as never;
    });
    try {
      const controller = new AbortController();
      const response = await fetch(`${base}/export/statements.csv`, { signal: controller.signal });
      const reader = response.body!.getReader();
      await reader.read();
      // Hang up once the third chunk is being read (the stream reads ahead of the client).
      while (reads < 3) await new Promise((done) => setTimeout(done, 10));
      controller.abort();
      while (outcomes.length === 0) await new Promise((done) => setTimeout(done, 20));
      // The pipeline ended with the client, while the third chunk was still being read.
      expect(outcomes[0]).toMatchObject({ name: 'statements', completed: false, chunks: 2 });
      release();
      await third;
      await new Promise((done) => setImmediate(done));
      await new Promise((done) => setImmediate(done));
      // 33 statements in chunks of 1, yet no chunk after the one in flight is read.
      expect(reads).toBe(3);
    } finally {
      spy.mockRestore();
      server.close();
    }
  });

  it('answers 503 before streaming when Neo4j does not answer', async () => {
    const port = await freePort();
    const down = new Database(createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'nobody-home' }), QueryCatalog.load(), 'neo4j');
    const { base, server } = await serve(down, 500);
    try {
      const response = await fetch(`${base}/export/entities.csv`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      server.close();
      await down.driver.close();
    }
  });
});
