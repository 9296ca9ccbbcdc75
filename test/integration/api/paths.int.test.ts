/** Shortest paths through entity relations and statement links, with evidence on every step. */
import type { ResolvedArticle } from '../../../seed/model';
import { useTestApp } from '../harness';
import { expectQuotesMatch, run, runError, seededArticle } from './helpers';

const PATHS = `query ($fromId: ID!, $toId: ID!, $maxHops: Int, $first: Int) {
  paths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: $first) {
    length
    nodes { __typename id }
    relations { id type direction statementLink from { id } to { id } evidence { start end quote } }
  }
}`;

const NODE_TYPES = ['Person', 'Country', 'Organization', 'Event', 'Statement'];

describe('paths', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  beforeAll(async () => {
    article = await seededArticle();
  });

  it('connects Wang Yi and Alexander Gabuev, who never share a sentence, shortest first', async () => {
    // The premise: no evidence span names both of them.
    const spans = [...article.statements, ...article.relations].flatMap((f) => f.evidence).map((e) => e.quote);
    expect(spans.filter((q) => q.includes('Wang Yi') && q.includes('Gabuev'))).toEqual([]);

    const { paths } = await run(app, PATHS, { fromId: 'person:wang-yi', toId: 'person:alexander-gabuev', maxHops: 4, first: 3 });
    expect(paths).toHaveLength(3);
    expect(paths[0].length).toBe(3);
    expect(paths.map((p: any) => p.length)).toEqual([...paths.map((p: any) => p.length)].sort());
    for (const path of paths) {
      expect(path.nodes[0].id).toBe('person:wang-yi');
      expect(path.nodes[path.nodes.length - 1].id).toBe('person:alexander-gabuev');
      expect(path.relations).toHaveLength(path.length);
      expect(new Set(path.nodes.map((n: any) => n.id)).size).toBe(path.nodes.length);
      path.relations.forEach((step: any, i: number) => {
        expect(NODE_TYPES).toContain(path.nodes[i].__typename);
        const [a, b] = [path.nodes[i].id, path.nodes[i + 1].id];
        expect(step.direction === 'OUT' ? [step.from.id, step.to.id] : [step.to.id, step.from.id]).toEqual([a, b]);
        expectQuotesMatch(article.text, step.evidence);
      });
    }
  });

  it('gives a statement link the statement’s evidence and a relation its own', async () => {
    const { paths } = await run(app, PATHS, { fromId: 'person:wang-yi', toId: 'person:alexander-gabuev', first: 1 });
    const [first] = paths;
    const statementId = first.nodes[2].id;
    expect(first.nodes.map((n: any) => n.__typename)).toEqual(['Person', 'Country', 'Statement', 'Person']);
    expect(first.relations.map((r: any) => r.type)).toEqual(['REPRESENTS', 'ABOUT', 'SAID_BY']);
    expect(first.relations.map((r: any) => r.statementLink)).toEqual([false, true, true]);
    const statement = article.statements.find((s) => s.id === statementId)!;
    expect(statement.speakerId).toBe('person:alexander-gabuev');
    for (const step of first.relations.slice(1)) expect(step.evidence.map((e: any) => e.quote)).toEqual(statement.evidence.map((e) => e.quote));
    const represents = article.relations.find((r) => r.id === first.relations[0].id)!;
    expect(first.relations[0].evidence.map((e: any) => e.quote)).toEqual(represents.evidence.map((e) => e.quote));
  });

  it('answers no path when maxHops is too short, and the zero-length path from a node to itself', async () => {
    expect((await run(app, PATHS, { fromId: 'person:wang-yi', toId: 'person:alexander-gabuev', maxHops: 2 })).paths).toEqual([]);
    const same = await run(app, PATHS, { fromId: 'person:xi-jinping', toId: 'person:xi-jinping' });
    expect(same.paths).toEqual([{ length: 0, nodes: [{ __typename: 'Person', id: 'person:xi-jinping' }], relations: [] }]);
  });

  it('finds the direct relation first between Xi Jinping and China', async () => {
    const { paths } = await run(app, PATHS, { fromId: 'person:xi-jinping', toId: 'country:china', maxHops: 2, first: 5 });
    expect(paths[0].relations[0]).toMatchObject({ id: 'LEADS:person:xi-jinping->country:china', type: 'LEADS', direction: 'OUT', statementLink: false });
    expect(paths.length).toBe(5);
  });

  it('answers NOT_FOUND for an unknown end and BAD_USER_INPUT for maxHops out of bounds', async () => {
    const missing = await runError(app, PATHS, { fromId: 'person:nobody', toId: 'person:alexander-gabuev' });
    expect(missing.extensions).toEqual({ code: 'NOT_FOUND', id: 'person:nobody' });
    expect((await runError(app, PATHS, { fromId: 'person:wang-yi', toId: 'person:nobody' })).extensions?.code).toBe('NOT_FOUND');
    // Passages are not path nodes: their ids are unknown here.
    expect((await runError(app, PATHS, { fromId: 'article:2025-02-24-xi-putin-no-limits#p1', toId: 'person:wang-yi' })).extensions?.code).toBe('NOT_FOUND');
    expect((await runError(app, PATHS, { fromId: 'person:wang-yi', toId: 'person:xi-jinping', maxHops: 7 })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
