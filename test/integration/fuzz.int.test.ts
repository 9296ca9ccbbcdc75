/**
 * Property-based fuzzing of every argument of every Query field (fast-check): values generated from the
 * type-graphql schema itself, so a new field or argument is fuzzed without touching this file. Per argument
 * type: real ids of the seeded graph and forged ones, strings with unicode, Lucene specials and Cypher fragments,
 * forged cursors, huge, negative and fractional ints, enum junk, lists past MAX_FILTER_VALUES, nulls for
 * non-null types and values of the wrong type. Each case is one POST /graphql to one real server over the seeded
 * Neo4j, a few in flight at a time. For every answer: no 5xx, JSON, no stack trace, no Cypher or Neo4j text, every
 * error coded (and never INTERNAL_SERVER_ERROR); and the stored graph is the same before and after.
 * FUZZ_RUNS (default 2000) and FUZZ_SEED (default: random, printed on failure) reproduce a run.
 */
import fc from 'fast-check';
import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLOutputType } from 'graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { RESPONSE_CODES } from '../../src/errors';
import { MAX_FILTER_VALUES } from '../../src/common/args';
import { QueryCatalog } from '../../src/db/queries';
import { buildAppSchema } from '../../src/schema';
import { seededArticle } from './api/helpers';
import { graphFingerprint } from './graph-fingerprint';
import { useTestApp } from './harness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Requests in flight at once: enough to overlap the network and Neo4j, few enough for a shared 2-core machine. */
const CONCURRENCY = 6;
/** How much of a failing case's variables the report shows (FUZZ_SHOW=all: everything, to replay it). */
const FAILURE_CHARS = process.env.FUZZ_SHOW === 'all' ? Infinity : 300;

const LUCENE_SPECIALS = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/', 'AND', 'OR', 'NOT', 'TO'];
const CYPHER_FRAGMENTS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) RETURN 1 //',
  '$include',
  "x') CALL db.labels() YIELD label RETURN label //",
  '\\u0027; MATCH (n) SET n.pwned = true //',
  'MERGE (x:Pwned {id: 1})',
  '/* */ UNION MATCH (n) RETURN n',
];
const CURSOR_LISTS = ['entities', 'statements', 'interactions', 'timeline', 'search', 'relations', 'x'];

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');

/** Strings a client could send anywhere: printable, full unicode, specials, fragments, very long. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...LUCENE_SPECIALS, 'xi', 'putin', ' '), { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...CYPHER_FRAGMENTS) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\u202E', '😀'.repeat(50), 'a'.repeat(201), 'x'.repeat(20_000)) },
);

/** Forged cursors: not base64, base64 of junk, and well-formed lists with keys of the wrong shape. */
const cursor: fc.Arbitrary<string> = fc.oneof(
  text,
  fc.jsonValue().map(b64),
  fc
    .tuple(fc.constantFrom(...CURSOR_LISTS), fc.array(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.object()), { maxLength: 4 }))
    .map(([list, key]) => b64([list, ...key])),
  fc.constantFrom(b64('[]'), b64('{"__proto__":{"x":1}}'), b64(['entities', 'a', -1]), b64(['entities', 'a', 1e308]), '====', '-_-_'),
);

const int: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.integer(),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e20, 0.5, -0.0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A value of the wrong type for any argument. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.object({ maxDepth: 1 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.double(),
  fc.string({ maxLength: 5 }),
);

function scalar(name: string, ids: string[]): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ids) },
        { weight: 2, arbitrary: text },
        { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => `${id}x`) },
      );
    case 'String':
      // Strings named like cursors or dates get those shapes too (the generator does not know argument names).
      return fc.oneof(text, cursor, fc.constantFrom('2022', '2025-02', '2025-02-24', '2025-13-40', '0000', '99999-01-01', '2022..2025', ...ids));
    case 'Int':
      return int;
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    default:
      // Custom scalars (Date): strings of dates and junk.
      return fc.oneof(
        text,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.integer(),
      );
  }
}

function valueOf(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 30, arbitrary: valueOf(type.ofType, ids, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  let inner: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    const item = valueOf(type.ofType, ids, depth + 1);
    inner = fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      // Past the limits: MAX_FILTER_VALUES and beyond.
      { weight: 1, arbitrary: fc.array(item, { minLength: MAX_FILTER_VALUES, maxLength: MAX_FILTER_VALUES + 30 }) },
      // GraphQL coerces a single value to a list of one.
      { weight: 1, arbitrary: item },
    );
  } else if (isEnumType(type)) {
    inner = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: text });
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.record(Object.fromEntries(fields.map((field) => [field.name, depth > 3 ? fc.constant(null) : valueOf(field.type, ids, depth + 1)])), {
      requiredKeys: [],
    });
    inner = fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: record.map((r) => ({ ...r, notAField: 1 })) });
  } else if (isScalarType(type)) {
    inner = scalar(type.name, ids);
  } else {
    throw new Error(`unexpected input type ${String(type)}`);
  }
  return fc.oneof({ weight: 12, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongType });
}

/** A selection for a field's type: its leaf fields without required arguments, nested objects by __typename. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named) || depth >= 2) return '{ __typename }';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth < 1) parts.push(`${field.name} ${selectionOf(field.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

interface Case {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

function caseOf(field: GraphQLField<unknown, unknown>, ids: string[]): fc.Arbitrary<Case> {
  const definitions = field.args.map((arg, i) => `$a${i}: ${String(arg.type)}`);
  const uses = field.args.map((arg, i) => `${arg.name}: $a${i}`);
  const query =
    `query Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${uses.length ? `(${uses.join(', ')})` : ''} ` +
    `${selectionOf(field.type)} }`;
  // Each argument: sometimes left out (its default, or a missing required one), else a generated value.
  const args = field.args.map((arg) => fc.option(valueOf(arg.type, ids), { nil: undefined, freq: 6 }));
  return fc.tuple(...args).map((values) => ({
    field: field.name,
    query,
    variables: Object.fromEntries(values.flatMap((value, i) => (value === undefined ? [] : [[`a${i}`, value]]))),
  }));
}

/**
 * What must never reach a client: a stack frame, a path into the code, the driver's or Neo4j's own error codes,
 * and any line of the API's Cypher (every statement of the catalog, comments left out). The inputs themselves
 * may be echoed in input errors, so the check looks for the server's words, not for Cypher-like text.
 */
const LEAKS =
  /\bat (?:async )?[\w.$<>[\] ]+ \((?:\/|node:|file:)[^)]*:\d+:\d+\)|stacktrace|Neo\.(?:Client|Transient|Database)Error|Neo4jError|neo4j-driver|node_modules\/|\/src\/[\w/-]+\.ts/;
const CATALOG = QueryCatalog.load();
const CYPHER_LINES = [
  ...new Set(
    CATALOG.names().flatMap((name) =>
      CATALOG.get(name)
        .text.split('\n')
        .map((line) => line.trim())
        // A line the fuzzer itself sends (one fragment is a real maintenance statement) may be echoed back.
        .filter((line) => line.length >= 24 && !line.startsWith('//') && !CYPHER_FRAGMENTS.some((fragment) => fragment.includes(line))),
    ),
  ),
];

function problemsOf(status: number, raw: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  let body: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(raw);
  } catch {
    return [...problems, `not JSON: ${raw.slice(0, 200)}`];
  }
  for (const error of body.errors ?? []) {
    const shown = `${String(error.message)} ${JSON.stringify(error.extensions ?? {})}`;
    const leak = LEAKS.exec(shown)?.[0] ?? CYPHER_LINES.find((line) => shown.includes(line));
    if (leak) problems.push(`leaks "${leak}" in ${shown.slice(0, 300)}`);
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !RESPONSE_CODES.includes(code)) problems.push(`uncoded error: ${JSON.stringify(error).slice(0, 300)}`);
    else if (code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE' || code === 'TIMEOUT')
      problems.push(`${code}: ${JSON.stringify(error).slice(0, 300)}`);
  }
  return problems;
}

const app = useTestApp();

describe(`fuzzing every Query argument (${RUNS} cases, FUZZ_SEED=${SEED})`, () => {
  it('answers every case with a coded error or data, never a 5xx, a stack trace or Cypher, and changes nothing', async () => {
    const schema = await buildAppSchema();
    const article = await seededArticle();
    const ids = [article.id, ...article.entities.map((e) => e.id), ...article.statements.map((s) => s.id)];
    const fields = Object.values(schema.getQueryType()!.getFields());
    const cases = fc.sample(fc.oneof(...fields.map((field) => caseOf(field, ids))), { numRuns: RUNS, seed: SEED });
    // Every field is fuzzed (fc.oneof picks among them evenly).
    expect(new Set(cases.map((c) => c.field))).toEqual(new Set(fields.map((f) => f.name)));

    const before = await graphFingerprint(app.db.driver);
    expect(before.nodes).toBeGreaterThan(0);
    const failures: string[] = [];
    const codes = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const index = next++;
        const sent = cases[index];
        const response = await fetch(`${app.http}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: sent.query, variables: sent.variables }),
        });
        const raw = await response.text();
        const problems = problemsOf(response.status, raw);
        if (problems.length) failures.push(`case ${index} (${sent.field}) ${JSON.stringify(sent.variables).slice(0, FAILURE_CHARS)}: ${problems.join('; ')}`);
        for (const match of raw.matchAll(/"code":"([A-Z_]+)"/g)) codes.set(match[1], (codes.get(match[1]) ?? 0) + 1);
        if (!raw.includes('"errors"')) codes.set('ok', (codes.get('ok') ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz: ${cases.length} cases over ${fields.length} fields, FUZZ_SEED=${SEED}; answers by code: ${JSON.stringify(Object.fromEntries(codes))}`);

    expect(failures.slice(0, 20)).toEqual([]);
    // A fuzzer that only ever hit input errors would prove little: some cases must get data.
    expect(codes.get('ok') ?? 0).toBeGreaterThan(RUNS / 20);
    expect(await graphFingerprint(app.db.driver)).toEqual(before);
  }, 600_000);

  it('codes graphql-js’s “too many variable errors” as BAD_USER_INPUT (found by the fuzzer)', async () => {
    const response = await fetch(`${app.http}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($ids: [ID!]) { statementCounts(groupBy: ACT, speakerIds: $ids) { __typename } }',
        variables: { ids: Array(60).fill(true) },
      }),
    });
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.length).toBeGreaterThan(50);
    expect(body.errors.at(-1)!.message).toMatch(/^Too many errors processing variables/);
    expect(new Set(body.errors.map((e) => e.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });
});
