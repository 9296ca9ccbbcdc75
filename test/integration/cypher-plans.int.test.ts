/**
 * The plan check (test/integration/plan-check.ts) on a graph bigger than the one article: planner choices follow
 * the statistics, and on a tiny graph a label scan can look as cheap as an index seek. beforeAll adds a few
 * thousand synthetic entities, statements, relations, passages and evidence spans next to the article (with the
 * stored keys cypher/seed/entities.cypher and statements.cypher write), and refreshes the statistics; afterAll
 * reseeds, restoring exactly the state the other suites expect (jest runs the integration tier in band).
 * test/integration/scale.int.test.ts runs the same check on a generated corpus loaded through the seed.
 */
import { readArticleFolders } from '../../seed/annotations';
import { seedBatches } from '../../seed/load';
import { articleFolders, runSeed } from '../../seed/seed';
import type { Database } from '../../src/db/database';
import { testDatabase } from './harness';
import type { PlanProbes } from './plan-check';
import { checkPlans, reportPlans } from './plan-check';

const ENTITIES = 4_000;
const STATEMENTS = 4_000;

/** Bulk shaped like the seed's output (labels, ids, searchKey, the statements' order keys, links), written directly for speed. */
async function addBulk(db: Database): Promise<void> {
  const run = (text: string, params: Record<string, unknown> = {}) => db.driver.executeQuery(text, params, { database: db.database });
  await run(
    `UNWIND range(0, $n - 1) AS i
     WITH i, ['Person', 'Country', 'Organization', 'Event'][i % 4] AS label
     CREATE (e:Entity {id: 'bulk:' + i, kind: toUpper(label), name: 'Bulk ' + ((i * 7919) % $n), aliases: ['B' + i]})
     SET e:$(label), e.searchKey = toLower(e.name + '\n' + 'B' + i)
     WITH e, i WHERE e:Event
     SET e.dateEarliest = date('2000-01-01') + duration({days: i}), e.dateLatest = date('2000-01-01') + duration({days: i + 3})`,
    { n: ENTITIES },
  );
  await run(
    `UNWIND range(0, $n - 1) AS i
     MATCH (a:Entity {id: 'bulk:' + i}), (b:Entity {id: 'bulk:' + ((i * 31 + 7) % $n)}), (h:Entity {id: 'bulk:' + (i % 40)})
     CREATE (a)-[:PARTNER_OF {id: 'PARTNER_OF:' + a.id + '->' + b.id, evidenceIds: []}]->(b)
     CREATE (a)-[:PARTICIPATED_IN {id: 'PARTICIPATED_IN:' + a.id + '->' + h.id, evidenceIds: []}]->(h)`,
    { n: ENTITIES },
  );
  await run(
    `UNWIND range(0, $m - 1) AS i
     MATCH (a:Entity {id: 'bulk:' + (i % $n)}), (t:Entity {id: 'bulk:' + ((i * 13) % $n)})
     CREATE (s:Statement {id: 'statement:bulk-' + i, text: 'bulk statement ' + i, form: ['DIRECT_QUOTE', 'PARAPHRASE'][i % 2],
                          act: ['CLAIM', 'ACCUSATION', 'DENIAL', 'PROMISE'][i % 4], evidenceIds: [],
                          sortDay: toString(date('2010-01-01') + duration({days: i % 900}))})
     SET s.dateKey = s.sortDay + '\u001f' + s.id, s.speakerKey = '0' + a.name + '\u001f' + s.dateKey
     CREATE (s)-[:SAID_BY]->(a) CREATE (s)-[:ABOUT]->(t) CREATE (s)-[:ADDRESSED_TO]->(t)
     CREATE (p:Passage {id: 'bulk#p' + i, articleId: 'bulk', index: i, text: 'x'})
     CREATE (:Evidence {id: 'bulk@' + i, articleId: 'bulk', passageId: p.id, start: 0, end: 1, quote: 'x'})-[:IN_PASSAGE]->(p)
     CREATE (a)-[:MENTIONED_IN {evidenceIds: ['bulk@' + i]}]->(p)`,
    { m: STATEMENTS, n: ENTITIES },
  );
  // The aggregates the seed keeps for counting questions (cypher/seed/interactions.cypher, statement-groups.cypher).
  await run(
    `MATCH (a:Entity)<-[:SAID_BY]-(s:Statement)-[:ADDRESSED_TO]->(b:Entity) WHERE s.id STARTS WITH 'statement:bulk-'
     WITH a, b, count(s) AS n
     CREATE (:Interaction {id: a.id + ' ' + b.id, speakerId: a.id, addresseeId: b.id, count: n,
                           rank: right('0000000000' + toString(9999999999 - n), 10) + ' ' + a.id + ' ' + b.id})`,
  );
  await run(
    `MATCH (a:Entity)<-[:SAID_BY]-(s:Statement) WHERE a.id STARTS WITH 'bulk:'
     WITH a, count(s) AS n
     CREATE (:StatementGroup {id: 'SPEAKER ' + a.id, groupBy: 'SPEAKER', key: a.id, count: n,
                              rank: 'SPEAKER ' + right('0000000000' + toString(9999999999 - n), 10) + ' ' + a.id})`,
  );
  await run('CALL db.awaitIndexes(60)');
  await run('CALL db.resampleOutdatedIndexes()');
  // Plans are cached with the statistics they were made for; start from fresh ones.
  await run('CALL db.clearQueryCaches()');
}

describe('query plans', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await addBulk(db);
  });
  afterAll(async () => {
    await runSeed(db, { reset: true });
    await db.driver.close();
  });

  it('no catalogued statement scans the graph or a large label unless its header allows it', async () => {
    const [article] = await readArticleFolders(articleFolders());
    const probes: PlanProbes = {
      entityId: 'bulk:1',
      otherEntityId: 'person:xi-jinping',
      statementId: 'statement:bulk-1',
      eventId: 'bulk:3',
      articleId: article.id,
      passageId: 'bulk#p1',
      evidenceId: 'bulk@1',
      nameSubstring: 'ulk 12',
      searchWord: 'putin',
      seed: Object.fromEntries(seedBatches(article)),
    };
    const { checked, findings, missing, operators, columns } = await checkPlans(db, probes);
    reportPlans(operators);
    expect(missing).toEqual([]);
    expect(checked.length).toBeGreaterThan(40);
    expect(findings).toEqual([]);
    // Each statement returns exactly the columns its header declares, so its generated row type is true.
    expect(columns).toEqual([]);
    // One EXPLAIN per statement and parameter shape: the catalog grows, and the cores are shared.
  }, 240_000);
});
