/** `statements` with list filters (any-of within a filter, all-of across), `aboutRelated`, and ids that do not exist. */
import type { ResolvedArticle, ResolvedStatement } from '../../../seed/model';
import { useTestApp } from '../harness';
import { relatedSubjectsIn, run, runError, seededArticle } from './helpers';

const FILTERED = `query ($speakerIds: [ID!], $addresseeIds: [ID!], $aboutIds: [ID!], $aboutRelated: Boolean, $eventIds: [ID!], $acts: [StatementAct!], $forms: [StatementForm!], $act: StatementAct) {
  statements(speakerIds: $speakerIds, addresseeIds: $addresseeIds, aboutIds: $aboutIds, aboutRelated: $aboutRelated, eventIds: $eventIds, acts: $acts, forms: $forms, act: $act, first: 100) {
    totalCount
    edges { node { id text evidence { quote } } }
  }
}`;

const ids = (data: { statements: { edges: { node: { id: string } }[] } }) => data.statements.edges.map((e) => e.node.id).sort();
const sorted = (statements: ResolvedStatement[]) => statements.map((s) => s.id).sort();

describe('statement filters', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  beforeAll(async () => {
    article = await seededArticle();
  });

  it('match any listed value within a filter and every filter across them', async () => {
    const speakers = ['person:xi-jinping', 'person:vladimir-putin'];
    const data = await run(app, FILTERED, { speakerIds: speakers, acts: ['ASSERTION', 'REPORT'] });
    const expected = article.statements.filter((s) => speakers.includes(s.speakerId) && ['ASSERTION', 'REPORT'].includes(s.act));
    expect(expected.length).toBeGreaterThan(2);
    expect(ids(data)).toEqual(sorted(expected));
    expect(data.statements.totalCount).toBe(expected.length);

    const addressed = await run(app, FILTERED, { addresseeIds: ['person:vladimir-putin', 'person:xi-jinping'] });
    expect(ids(addressed)).toEqual(
      sorted(article.statements.filter((s) => s.addresseeIds.some((a) => a.includes('xi-jinping') || a.includes('vladimir-putin')))),
    );
  });

  it('add a singular filter to its list, and count a list of acts over the whole graph', async () => {
    const data = await run(app, FILTERED, { acts: ['DENIAL'], act: 'ACCUSATION' });
    const expected = article.statements.filter((s) => s.act === 'ACCUSATION' || s.act === 'DENIAL');
    expect(ids(data)).toEqual(sorted(expected));
    expect(data.statements.totalCount).toBe(expected.length);
  });

  it('find what Xi said about Ukraine only with aboutRelated, through the war its forces fight', async () => {
    const direct = await run(app, FILTERED, { speakerIds: ['person:xi-jinping'], aboutIds: ['country:ukraine'] });
    expect(ids(direct)).toEqual([]);

    const related = relatedSubjectsIn(article, 'country:ukraine');
    expect(related).toContain('event:war-in-ukraine');
    const expected = article.statements.filter((s) => s.speakerId === 'person:xi-jinping' && s.aboutIds.some((a) => related.has(a)));
    expect(expected.length).toBeGreaterThan(0);

    const data = await run(app, FILTERED, { speakerIds: ['person:xi-jinping'], aboutIds: ['country:ukraine'], aboutRelated: true });
    expect(ids(data)).toEqual(sorted(expected));
    for (const edge of data.statements.edges) expect(edge.node.evidence.length).toBeGreaterThan(0);
  });

  it('say which ids name nothing instead of answering with an empty page', async () => {
    const error = await runError(app, FILTERED, { speakerIds: ['person:xi-jinping'], aboutIds: ['country:ukrain', 'country:china'] });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'aboutIds', unknownIds: ['country:ukrain'] });
    expect(error.message).toContain('"country:ukrain"');

    const related = await runError(app, FILTERED, { aboutIds: ['country:atlantis'], aboutRelated: true });
    expect(related.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'aboutIds', unknownIds: ['country:atlantis'] });
  });

  it('refuse an empty list and too many values with BAD_USER_INPUT', async () => {
    expect((await runError(app, FILTERED, { speakerIds: [] })).extensions?.code).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 51 }, (_, i) => `person:p${i}`);
    expect((await runError(app, FILTERED, { speakerIds: many })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
