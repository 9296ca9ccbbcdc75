/**
 * The plan check (instead of timing tests): EXPLAIN every catalogued Cypher file with realistic parameters (as
 * the repositories and the seed pass them), compare the columns it returns with its `// columns:` header (the
 * row type src/db/queries.generated.ts gives it), and report the operators whose cost grows with the size of the graph
 * rather than with what was asked: scans of every node or relationship, and label scans or Eager operators over a
 * large label. A file may allow one with a header line `// plan: allowed <Operator> — <why>` (audits and seed
 * housekeeping that must read everything). Planner choices depend on statistics, so run it on a graph bigger than
 * the one article (test/integration/scale.int.test.ts).
 */
import type { Integer } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { Database, Row } from '../../src/db/database';
import type { CypherQuery } from '../../src/db/queries';
import { INCLUDES, scopeToken } from '../../src/graph';
import { toLuceneQuery } from '../../src/search/lucene';

/** Labels that grow with the corpus: a label scan or Eager over one of them reads the whole graph. */
export const LARGE_LABELS = ['Entity', 'Person', 'Country', 'Organization', 'Event', 'Statement', 'Evidence', 'Passage', 'StatementGroup', 'Interaction'];

const ALWAYS_BAD = ['AllNodesScan', 'DirectedAllRelationshipsScan', 'UndirectedAllRelationshipsScan'];
const BAD_ON_LARGE_LABEL = ['NodeByLabelScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan', 'Eager'];

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers: string[];
  children: PlanNode[];
}

export interface PlanFinding {
  query: string;
  operator: string;
  details: string;
}

/** `// plan: allowed <Operator> — <why>` lines of a file: the operators it may use. */
export function allowedOperators(query: CypherQuery): string[] {
  const declared = [...query.text.matchAll(/^\/\/\s*plan:\s*allowed\s+([A-Za-z]+)\s+—\s+\S/gm)].map((m) => m[1]);
  return declared;
}

/** Operator name without the runtime suffix (`NodeByLabelScan@neo4j` → `NodeByLabelScan`). */
const operatorName = (node: PlanNode) => node.operatorType.replace(/@.*$/, '');

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  node.children.forEach((child) => walk(child, visit));
}

const mentionsLargeLabel = (node: PlanNode) => LARGE_LABELS.some((label) => new RegExp(`:${label}\\b`).test(String(node.arguments.Details ?? '')));

/** Operators that read every node of their label (or of the graph). */
const WHOLE_LABEL = ['NodeByLabelScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan', 'NodeIndexScan'];

function readsLargeLabel(node: PlanNode): boolean {
  let found = false;
  walk(node, (n) => {
    const operator = operatorName(n);
    if (ALWAYS_BAD.includes(operator) || (WHOLE_LABEL.includes(operator) && mentionsLargeLabel(n))) found = true;
  });
  return found;
}

/**
 * Findings in one plan: a scan of every node or relationship; a label scan of a large label; an Eager that
 * materialises a large label (one with a whole-label read below it: an Eager over the rows of a parameter list,
 * as in the seed's batched writes, grows with the batch, not the graph).
 */
export function findingsIn(name: string, plan: PlanNode, allowed: string[]): PlanFinding[] {
  const findings: PlanFinding[] = [];
  walk(plan, (node) => {
    const operator = operatorName(node);
    if (allowed.includes(operator)) return;
    const bad =
      ALWAYS_BAD.includes(operator) ||
      (BAD_ON_LARGE_LABEL.includes(operator) && operator !== 'Eager' && mentionsLargeLabel(node)) ||
      (operator === 'Eager' && node.children.some(readsLargeLabel));
    if (bad) findings.push({ query: name, operator, details: String(node.arguments.Details ?? '').slice(0, 200) });
  });
  return findings;
}

const i = (n: number): Integer => neo4j.int(n);

/** Realistic parameters per catalogued statement: what the repositories and the seed pass for them. */
export interface PlanProbes {
  entityId: string;
  otherEntityId: string;
  statementId: string;
  eventId: string;
  articleId: string;
  passageId: string;
  evidenceId: string;
  nameSubstring: string;
  searchWord: string;
  /** Parameters of each seed/* file, e.g. from seed/load.ts seedBatches of an article. */
  seed: Record<string, Row>;
}

/**
 * Realistic parameters per catalogued statement, as the repositories and the seed pass them: one set per shape
 * a repository sends (first page and cursor page, with and without each filter). Neo4j caches a plan per
 * statement and parameter types, and a null and a string parameter may plan differently (a cursor page was one
 * of the slow cases), so each shape is EXPLAINed.
 */
export function planParams(name: string, p: PlanProbes): Row[] | undefined {
  if (name.startsWith('seed/') && p.seed[name]) return [p.seed[name]];
  if (name.startsWith('path/')) return [{ fromId: p.entityId, toId: p.otherEntityId, first: i(3) }];
  // Each order's variant: a first page (the whole key range) and a cursor page of two kinds, ASC and DESC alike.
  if (name.startsWith('entity/page-by-count?')) {
    return [
      { kinds: null, above: '', below: '\uffff', limit: i(21) },
      { kinds: ['PERSON', 'EVENT'], above: '0000000003 person:m', below: '\uffff', limit: i(21) },
      { kinds: ['ORGANIZATION'], above: '', below: '0000000003 person:m', limit: i(21) },
    ];
  }
  // statement/page and page-linked: one variant per order key and direction, each EXPLAINed with the shapes of
  // its base file (a first page, a cursor page: in ASC the cursor is the lower bound, in DESC the upper one).
  if (/^statement\/page(-linked)?\?/.test(name)) return statementPageParams(name, p);
  const limit = i(21);
  const first = { afterId: null, limit };
  const table: Record<string, Row[]> = {
    'seed/article-hash': [{ id: p.articleId }],
    'seed/counts': [{}],
    'seed/reset': [{}],
    'article/all': [{}],
    'article/by-ids': [{ ids: [p.articleId] }],
    'article/passages': [{ articleIds: [p.articleId] }],
    'article/passages-by-ids': [{ ids: [p.passageId] }],
    'check/evidence-spans': [{}],
    'check/facts-without-evidence': [{}],
    'entity/by-ids': [{ ids: [p.entityId, p.otherEntityId] }],
    'entity/mentions': [{ ids: [p.entityId, p.otherEntityId] }],
    'entity/with-statements': [
      { id: p.entityId, linkTypes: ['SAID_BY'], afterDay: null, ...first },
      { id: p.otherEntityId, linkTypes: ['SAID_BY', 'ADDRESSED_TO', 'ABOUT', 'MADE_AT', 'REPORTED_BY'], afterDay: '2025-01-01', afterId: 'statement:a', limit },
    ],
    'entity/page': [
      { kinds: null, afterName: null, ...first },
      { kinds: ['PERSON'], afterName: 'M', afterId: 'person:m', limit },
    ],
    'entity/page-name-desc': [
      { kinds: null, afterName: null, ...first },
      { kinds: ['PERSON', 'COUNTRY'], afterName: 'M', afterId: 'person:m', limit },
    ],
    'entity/page-matching': [
      { kinds: null, nameContains: p.nameSubstring, order: 'NAME', descending: false, after: null, limit },
      { kinds: ['ORGANIZATION'], nameContains: p.nameSubstring, order: 'NAME', descending: true, after: ['M', 'organization:m'], limit },
      { kinds: null, nameContains: p.nameSubstring, order: 'MENTIONS', descending: true, after: [i(3), 'person:m'], limit },
    ],
    'evidence/by-ids': [{ ids: [p.evidenceId] }],
    'export/statements': [
      { forms: null, acts: null, afterDay: null, ...first },
      { forms: ['DIRECT_QUOTE'], acts: ['ACCUSATION', 'DENIAL'], afterDay: '2025-01-01', afterId: 'statement:a', limit },
    ],
    'export/statements-linked': [
      linked({ speakerIds: [p.entityId] }, 'speakerIds', 'SAID_BY', { afterDay: null, ...first }),
      {
        ...linked({ aboutIds: [p.statementId, p.entityId] }, 'aboutIds', 'ABOUT', {
          acts: ['ASSERTION'],
          afterDay: '2025-01-01',
          afterId: 'statement:a',
          limit,
        }),
        checkIds: [],
      },
    ],
    'export/relations': [
      { types: null, afterFromId: null, ...first },
      { types: ['PARTNER_OF'], afterFromId: 'bulk:1', afterId: 'PARTNER_OF:a->b', limit },
    ],
    'export/relations-of': [
      { entityIds: [p.entityId, p.otherEntityId], types: null, afterFromId: null, ...first },
      { entityIds: [p.entityId], types: ['PARTNER_OF'], afterFromId: 'bulk:1', afterId: 'PARTNER_OF:a->b', limit },
    ],
    'export/entities': [
      { kinds: null, afterName: null, ...first },
      { kinds: ['PERSON', 'EVENT'], afterName: 'M', afterId: 'person:m', limit },
    ],
    'export/entities-matching': [
      { kinds: null, nameContains: p.nameSubstring, afterName: null, ...first },
      { kinds: ['ORGANIZATION'], nameContains: p.nameSubstring, afterName: 'M', afterId: 'organization:m', limit },
    ],
    'neighborhood/subgraph': [
      { id: p.entityId, depth: i(2), limit: i(100) },
      { id: p.statementId, depth: i(3), limit: i(50) },
    ],
    'relation/by-entities': [
      { ids: [p.entityId, p.otherEntityId], direction: 'BOTH', types: null, ...first },
      { ids: [p.entityId], direction: 'OUT', types: ['PARTNER_OF'], afterId: 'PARTNER_OF:a->b', limit },
    ],
    'search/fulltext': [
      { query: toLuceneQuery(p.searchWord), speakerIds: null, articleIds: null, limit: i(10) },
      {
        query: toLuceneQuery(p.searchWord, [['PERSON', 'STATEMENT'].map((k) => scopeToken('kind', k)), [scopeToken('speaker', p.entityId)]]),
        speakerIds: [p.entityId, p.otherEntityId],
        articleIds: [p.articleId],
        limit: i(50),
      },
      { query: null, speakerIds: [p.entityId], articleIds: null, limit: i(10) },
    ],
    'statement/by-entities': [
      { ids: [p.entityId], linkTypes: ['SAID_BY'], afterDay: null, ...first },
      {
        ids: [p.entityId, p.otherEntityId],
        linkTypes: ['SAID_BY', 'ADDRESSED_TO', 'ABOUT', 'MADE_AT', 'REPORTED_BY'],
        afterDay: '2025-01-01',
        afterId: 'statement:a',
        limit,
      },
    ],
    'statement/by-ids': [{ ids: [p.statementId] }],
    'statement/links': [{ ids: [p.statementId] }],

    'statement/related-subjects': [{ ids: [p.entityId, p.otherEntityId], groupTypes: ['ARMED_FORCES_OF', 'MEMBER_OF'], eventTypes: ['PARTICIPATED_IN'] }],
    'statement/count-by-act': [
      { acts: ['ACCUSATION'], forms: null },
      { acts: ['DENIAL', 'ASSERTION'], forms: ['PARAPHRASE'] },
    ],
    'statement/count-by-form': [{ forms: ['DIRECT_QUOTE', 'PARAPHRASE'] }],
    'interaction/page': [
      { afterRank: null, limit },
      { afterRank: '9999999998 person:a person:b', limit },
    ],
    'interaction/page-linked': [
      { checkIds: [p.entityId], speakerIds: [p.entityId], addresseeIds: null, afterRank: null, limit },
      { checkIds: [p.otherEntityId], speakerIds: null, addresseeIds: [p.otherEntityId], afterRank: '9999999998 person:a person:b', limit },
      { checkIds: [p.entityId, p.otherEntityId], speakerIds: [p.entityId], addresseeIds: [p.otherEntityId], afterRank: null, limit },
    ],
    'interaction/statements': [
      { pairs: [{ speakerId: p.entityId, addresseeId: p.otherEntityId }], afterDay: null, ...first },
      { pairs: [{ speakerId: p.otherEntityId, addresseeId: p.entityId }], afterDay: '2025-01-01', afterId: 'statement:a', limit },
    ],
    'interaction/count-groups': [
      { groupBy: 'SPEAKER', limit },
      { groupBy: 'MONTH', limit },
    ],
    'interaction/count-linked': [
      { ...linked({ speakerIds: [p.entityId] }, 'speakerIds', 'SAID_BY', {}), groupBy: 'ADDRESSEE', limit },
      {
        ...linked({ aboutIds: [p.otherEntityId, p.statementId], eventIds: [p.eventId] }, 'eventIds', 'MADE_AT', { acts: ['ASSERTION'] }),
        groupBy: 'MONTH',
        limit,
      },
    ],
    'interaction/count-by-act': [
      { acts: ['ACCUSATION'], forms: null, groupBy: 'SPEAKER', limit },
      { acts: ['DENIAL', 'ASSERTION'], forms: ['PARAPHRASE'], groupBy: 'ABOUT', limit },
    ],
    'interaction/count-by-form': [{ forms: ['DIRECT_QUOTE'], groupBy: 'EVENT', limit }],
    'seed/group-keys': [{ statementIds: [p.statementId] }],
    'seed/statement-groups': [
      {
        deltas: [
          { groupBy: 'SPEAKER', key: p.entityId, delta: 2 },
          { groupBy: 'MONTH', key: null, delta: -1 },
        ],
      },
    ],
    'seed/interactions': [{ statementIds: [p.statementId] }],
    // The import API (src/importing/importer.ts).
    'importing/stored-ids': [{ ids: [p.entityId, p.statementId] }],
    'importing/record': [{ id: 'import:x', articleId: p.articleId, keyLabel: 'ops', role: 'editor', contentSha256: 'ab', counts: { statements: i(2) } }],
    'importing/article-facts': [{ id: p.articleId, scope: `searchScope:${scopeToken('article', p.articleId)}` }],
    'importing/delete-facts': [
      { statementIds: [p.statementId], entityIds: [p.entityId], prefix: `${p.articleId}@`, token: scopeToken('article', p.articleId) },
    ],
    'importing/delete-article': [{ id: p.articleId, entityIds: [p.entityId], prefix: `${p.articleId}@`, token: scopeToken('article', p.articleId) }],
    'importing/interactions-prune': [{ pairs: [{ speakerId: p.entityId, addresseeId: p.otherEntityId }] }],
    'system/ping': [{}],
    'bench/create-nodes': [{ rows: [] }],
    'bench/create-links': [{ rows: [] }],
    'maintenance/delete-some': [{ limit: i(10_000) }],
    'timeline/page': [
      { from: null, to: null, afterDay: null, ...first },
      { from: '2020-01-01', to: '2025-12-31', afterDay: '2022-02-24', afterId: 'event:a', limit },
    ],
    'timeline/count': [
      { from: null, to: null },
      { from: '2020-01-01', to: '2025-12-31' },
    ],
  };
  return table[name];
}

/**
 * The shapes of one variant of statement/page or page-linked, as src/statement/statement-order.ts bounds them:
 * a first page (from the lowest or the highest key) and a cursor page (the cursor's key bounds one side).
 */
function statementPageParams(name: string, p: PlanProbes): Row[] {
  // The fragments' subqueries (what $include asks for) plan the same in every variant: the default one is
  // checked with and without them (withIncludes), the others without, which keeps the check's EXPLAINs few.
  const limit = i(21);
  const include = name.endsWith('?key=dateKey&direction=ASC') ? {} : { include: ['links', 'evidence'] };
  const desc = name.includes('direction=DESC');
  const cursorKey = name.includes('key=speakerKey') ? '0Bulk 5\u001f2010-03-01\u001fstatement:bulk-5' : '2010-03-01\u001fstatement:bulk-5';
  const bounds = (after: string | null) => (desc ? { above: '', below: after ?? '\uffff' } : { above: after ?? '', below: '\uffff' });
  if (name.startsWith('statement/page?')) {
    return [
      { forms: null, acts: null, ...bounds(null), limit, ...include },
      { forms: null, acts: ['ACCUSATION', 'DENIAL'], ...bounds(null), limit, ...include },
      { forms: ['DIRECT_QUOTE'], acts: null, ...bounds(cursorKey), limit, ...include },
    ];
  }
  return [
    linked({ speakerIds: [p.entityId] }, 'speakerIds', 'SAID_BY', { ...bounds(null), limit, ...include }),
    linked({ eventIds: [p.eventId], aboutIds: [p.otherEntityId, p.statementId] }, 'eventIds', 'MADE_AT', {
      acts: ['ASSERTION'],
      ...bounds(cursorKey),
      limit,
      ...include,
    }),
    linked({ aboutIds: [p.statementId, p.entityId], addresseeIds: [p.otherEntityId] }, 'aboutIds', 'ABOUT', {
      forms: ['PARAPHRASE'],
      ...bounds(null),
      limit,
      ...include,
    }),
  ];
}

/** A file whose `// columns:` header (and so its generated row type) is not what the statement returns. */
export interface ColumnMismatch {
  query: string;
  declared: string[];
  returned: string[];
}

/** Everything but 'targets' and 'quotesOnly': their `{{#else}}` sections (light link targets, whole evidence with passages). */
const EVERYTHING_ELSE = INCLUDES.filter((name) => name !== 'targets' && name !== 'quotesOnly');

/**
 * A statement that takes `$include` (cypher/fragments/) is checked with nothing to include, with everything a
 * selection can ask its rows to carry, and with everything but whole link targets and quotes alone, so the
 * sections (src/db/queries.ts) are rendered either way and the plans of the fragments' subqueries are checked too.
 */
function withIncludes(query: CypherQuery, shapes: Row[] | undefined): Row[] | undefined {
  if (!shapes || !query.params.includes('include')) return shapes;
  return shapes.flatMap((shape) =>
    'include' in shape
      ? [shape]
      : [
          { ...shape, include: [] },
          { ...shape, include: [...INCLUDES] },
          { ...shape, include: EVERYTHING_ELSE },
        ],
  );
}

/** Parameters of statement/page-linked.cypher as the repository sends them: every id list, one of them the anchor. */
function linked(ids: Record<string, string[]>, anchor: string, anchorLink: string, rest: Row): Row {
  const lists = { speakerIds: null, addresseeIds: null, aboutIds: null, eventIds: null, ...ids };
  return { checkIds: Object.values(ids).flat(), anchorIds: ids[anchor], anchorLink, ...lists, forms: null, acts: null, ...rest };
}

/** Schema commands (constraints.cypher, the bench's constraint) have no plan to check. */
const isSchema = (text: string) => /^\s*(CREATE|DROP)\s+(CONSTRAINT|(RANGE |TEXT |FULLTEXT |POINT )?INDEX)\b/im.test(text.replace(/^\/\/.*$/gm, ''));

/**
 * EXPLAINs every catalogued statement, in an auto-commit transaction (the only kind that accepts
 * `CALL { … } IN TRANSACTIONS`, which a maintenance statement may use).
 */
export async function checkPlans(
  db: Database,
  probes: PlanProbes,
): Promise<{ checked: string[]; findings: PlanFinding[]; missing: string[]; operators: Record<string, string[]>; columns: ColumnMismatch[] }> {
  const checked: string[] = [];
  const columns: ColumnMismatch[] = [];
  const operators: Record<string, string[]> = {};
  const missing: string[] = [];
  const findings: PlanFinding[] = [];
  for (const name of db.queries.names()) {
    const query = db.queries.get(name);
    if (isSchema(query.text)) continue;
    const shapes = withIncludes(query, planParams(name, probes));
    if (!shapes) {
      missing.push(name);
      continue;
    }
    const session = db.driver.session({ database: db.database });
    try {
      for (const [n, params] of shapes.entries()) {
        const label = shapes.length > 1 ? `${name} #${n + 1}` : name;
        const running = session.run(`EXPLAIN ${db.queries.statementFor(name, params)}`, params);
        const returned = await running.keys();
        const result = await running;
        if (returned.join(',') !== query.columns.join(',')) columns.push({ query: label, declared: query.columns, returned: [...returned] });
        const plan = result.summary.plan as unknown as PlanNode;
        findings.push(...findingsIn(label, plan, allowedOperators(query)));
        operators[label] = planOperators(plan);
      }
    } finally {
      await session.close();
    }
    checked.push(name);
  }
  return { checked, findings, missing, operators, columns };
}

/**
 * The leaf operators of a plan (where rows come from: seeks, scans, expands, count-store reads) and the sorts,
 * each once, for reading what the planner chose (PLAN_REPORT=1 prints them in the plan and scale tests).
 */
export function planOperators(plan: PlanNode): string[] {
  const seen = new Set<string>();
  walk(plan, (node) => {
    const operator = operatorName(node);
    if (/Seek|Scan|Expand|CountFromCountStore|Top|Sort|ShortestPath|StatefulShortest|Eager|ProcedureCall|Trail|VarLengthExpand/.test(operator))
      seen.add(operator);
  });
  return [...seen];
}

/** Prints `name: operators` per checked statement when PLAN_REPORT is set. */
export function reportPlans(operators: Record<string, string[]>): void {
  if (!process.env.PLAN_REPORT) return;
  const lines = Object.entries(operators).map(([name, ops]) => `${name}: ${ops.join(', ')}`);
  console.log(`planner's choices:\n${lines.join('\n')}`);
}
