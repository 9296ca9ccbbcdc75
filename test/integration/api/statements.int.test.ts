/** `statements` with its filters, the links of a statement, and keyset pagination. */
import type { ResolvedArticle, ResolvedStatement } from '../../../seed/model';
import { createContext } from '../../../src/context';
import { variantName } from '../../../src/db/queries';
import { int } from '../../../src/db/values';
import type { Include } from '../../../src/graph';
import { WHOLE_STATEMENT } from '../../../src/graph';
import { createLogger } from '../../../src/logger';
import { statementFilter } from '../../../src/statement/statement.resolver';
import type { Statement } from '../../../src/statement/statement.type';
import { useTestApp } from '../harness';
import { expectQuotesMatch, lookupEach, run, runError, seededArticle, walkPages } from './helpers';

const STATEMENTS = `query ($speakerId: ID, $aboutId: ID, $eventId: ID, $form: StatementForm, $act: StatementAct, $first: Int, $after: String) {
  statements(speakerId: $speakerId, aboutId: $aboutId, eventId: $eventId, form: $form, act: $act, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id } }
  }
}`;

/** The API's order: earliest date (undated last), then id. */
function inApiOrder(statements: ResolvedStatement[]): string[] {
  const key = (s: ResolvedStatement) => `${s.date?.earliest ?? '9999-12-31'} ${s.id}`;
  return [...statements].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((s) => s.id);
}

describe('statements', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  beforeAll(async () => {
    article = await seededArticle();
  });

  it('walks all 33 statements, each exactly once, ordered by date then id', async () => {
    const ids = await walkPages(app, STATEMENTS, (d) => d.statements, { first: 5 });
    expect(ids).toEqual(inApiOrder(article.statements));
    expect(ids).toHaveLength(33);
  });

  it('filters by speaker, subject, event, form and act', async () => {
    const ids = async (vars: Record<string, unknown>) => (await run(app, STATEMENTS, { ...vars, first: 100 })).statements.edges.map((e: any) => e.node.id);
    expect(await ids({ speakerId: 'person:xi-jinping' })).toEqual(inApiOrder(article.statements.filter((s) => s.speakerId === 'person:xi-jinping')));
    expect(await ids({ eventId: 'event:2025-munich-security-conference' })).toEqual(['statement:wang-yi-china-will-not-stop-buying-russian-gas']);
    expect(await ids({ aboutId: 'statement:xi-changes-not-seen-in-a-century' })).toEqual(['statement:experts-xi-seeks-to-subvert-us-led-order']);
    expect(await ids({ act: 'DENIAL' })).toEqual(['statement:china-denies-backing-russian-industrial-military-complex']);
    expect(await ids({ speakerId: 'person:xi-jinping', form: 'DIRECT_QUOTE' })).toContain('statement:xi-no-third-party');
    // An id that names nothing is a mistake to report, not an empty answer (statement-filters.int.test.ts).
    expect((await runError(app, STATEMENTS, { speakerId: 'person:nobody' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      unknownIds: ['person:nobody'],
    });
  });

  it('resolves who said it, to whom, about what, where, reported by whom, with the exact words', async () => {
    const data = await run(
      app,
      `{ node(id: "statement:xi-no-third-party") { ... on Statement {
          text form act date { value precision text }
          speaker { id name } addressees { id } about { __typename id } event { id name }
          reportedBy { id name } respondsTo { id } evidence { start end quote } } } }`,
    );
    const s = data.node;
    expect(s).toMatchObject({
      text: 'China-Russia relations have strong internal driving force and unique strategic value, and are not aimed at, nor are they influenced by, any third party',
      form: 'DIRECT_QUOTE',
      act: 'ASSERTION',
      date: { value: '2025-02-24', precision: 'DAY', text: 'On Monday' },
      speaker: { id: 'person:xi-jinping', name: 'Xi Jinping' },
      addressees: [{ id: 'person:vladimir-putin' }],
      about: [
        { __typename: 'Country', id: 'country:china' },
        { __typename: 'Country', id: 'country:russia' },
      ],
      event: { id: 'event:2025-02-24-xi-putin-call', name: 'Xi–Putin phone call' },
      reportedBy: [{ id: 'organization:chinese-state-media', name: 'Chinese state media' }],
      respondsTo: null,
    });
    expectQuotesMatch(article.text, s.evidence);
    expect(s.evidence[0].quote).toContain('“China-Russia relations have strong internal driving force');
  });

  it('links a denial to the accusation it answers, both ways', async () => {
    const data = await run(
      app,
      `{ denials: statements(act: DENIAL) { edges { node { id speaker { name } respondsTo { id act speaker { name } } } } }
         accusations: statements(act: ACCUSATION) { edges { node { id responses { id act } } } } }`,
    );
    expect(data.denials.edges[0].node).toEqual({
      id: 'statement:china-denies-backing-russian-industrial-military-complex',
      speaker: { name: 'China' },
      respondsTo: { id: 'statement:west-accuses-china-of-aiding-russia', act: 'ACCUSATION', speaker: { name: 'The West' } },
    });
    const west = data.accusations.edges.find((e: any) => e.node.id === 'statement:west-accuses-china-of-aiding-russia');
    expect(west.node.responses).toEqual([{ id: 'statement:china-denies-backing-russian-industrial-military-complex', act: 'DENIAL' }]);
  });

  it('gives every statement on a page exactly its annotated links, each link the right way round', async () => {
    // One page of all statements with every link: a subject statement's incoming ABOUT, or an accusation's
    // incoming RESPONDS_TO, must not show up among its own subjects or answers.
    const data = await run(
      app,
      `{ statements(first: 100) { edges { node { id
          speaker { id } addressees { id } about { id } event { id } reportedBy { id } respondsTo { id } responses { id } } } } }`,
    );
    const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
    const answered = data.statements.edges.map(({ node }: any) => ({
      id: node.id,
      speaker: node.speaker?.id ?? null,
      addressees: ids(node.addressees),
      about: ids(node.about),
      event: node.event?.id ?? null,
      reportedBy: ids(node.reportedBy),
      respondsTo: node.respondsTo?.id ?? null,
      responses: ids(node.responses),
    }));
    // The narrator's statements name the article as speaker, which is no entity: `speaker` is null for them.
    const entityIds = new Set(article.entities.map((e) => e.id));
    const annotated = article.statements.map((s) => ({
      id: s.id,
      speaker: entityIds.has(s.speakerId) ? s.speakerId : null,
      addressees: [...s.addresseeIds].sort(),
      about: [...s.aboutIds].sort(),
      event: s.eventId ?? null,
      reportedBy: [...s.reportedByIds].sort(),
      respondsTo: s.respondsToId ?? null,
      responses: article.statements
        .filter((other) => other.respondsToId === s.id)
        .map((other) => other.id)
        .sort(),
    }));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(answered.sort(byId)).toEqual(annotated.sort(byId));
    // The article has both kinds of incoming link this could confuse.
    expect(annotated.some((s) => s.responses.length > 0)).toBe(true);
    expect(article.statements.some((s) => s.aboutIds.some((id) => id.startsWith('statement:')))).toBe(true);
  });

  it('answers statements about statements with Statement nodes', async () => {
    const data = await run(app, '{ node(id: "statement:experts-xi-seeks-to-subvert-us-led-order") { ... on Statement { about { __typename id } } } }');
    expect(data.node.about).toContainEqual({ __typename: 'Statement', id: 'statement:xi-changes-not-seen-in-a-century' });
    expect(data.node.about).toContainEqual({ __typename: 'Person', id: 'person:xi-jinping' });
  });

  it('gives linked entities whole wherever a selection reads more than their names, on a page or elsewhere', async () => {
    // The page reads only names under `speaker` (light targets); `node` and the aliased page read more of the
    // same statements' speakers and events, which must not come from the light copies.
    const data = await run(
      app,
      `{ light: statements(speakerId: "person:xi-jinping", first: 100) { edges { node { id speaker { id name } event { id date { value } } } } }
         whole: statements(speakerId: "person:xi-jinping", first: 100) { edges { node { id speaker { description aliases } event { description evidence { start end quote } } } } }
         node(id: "statement:xi-no-third-party") { ... on Statement { speaker { id aliases description } } } }`,
    );
    const xi = article.entities.find((e) => e.id === 'person:xi-jinping')!;
    const call = article.entities.find((e) => e.id === 'event:2025-02-24-xi-putin-call')!;
    const mine = article.statements.filter((s) => s.speakerId === xi.id);
    expect(data.light.edges.map((e: any) => e.node.speaker)).toEqual(mine.map(() => ({ id: xi.id, name: xi.name })));
    for (const { node } of data.whole.edges) expect(node.speaker).toEqual({ description: xi.description ?? null, aliases: xi.aliases });
    const atCall = data.whole.edges.filter((e: any) => e.node.event !== null);
    expect(atCall.length).toBeGreaterThan(0);
    for (const { node } of atCall) {
      expect(node.event.description).toBe(call.description ?? null);
      expect(node.event.evidence.length).toBeGreaterThan(0);
      expectQuotesMatch(article.text, node.event.evidence);
    }
    expect(data.node.speaker).toEqual({ id: xi.id, aliases: xi.aliases, description: xi.description ?? null });
    expect(xi.aliases.length).toBeGreaterThan(0);
  });

  it('gives a linked entity the same counts and fields as the entity itself', async () => {
    const fields = 'id name kind aliases description mentionCount degree';
    const data = await run(
      app,
      `{ statements(speakerId: "person:xi-jinping", first: 100) { edges { node { speaker { ${fields} } addressees { ${fields} } } } }
         xi: entity(id: "person:xi-jinping") { ${fields} }
         putin: entity(id: "person:vladimir-putin") { ${fields} } }`,
    );
    const nodes = data.statements.edges.map((e: any) => e.node);
    for (const node of nodes) expect(node.speaker).toEqual(data.xi);
    expect(data.xi.mentionCount).toBeGreaterThan(5);
    expect(data.xi.degree).toBeGreaterThan(0);
    const putins = nodes.flatMap((node: any) => node.addressees.filter((a: { id: string }) => a.id === 'person:vladimir-putin'));
    expect(putins.length).toBeGreaterThan(0);
    for (const putin of putins) expect(putin).toEqual(data.putin);
  });

  it('answers the evidence a page read along as a lookup by id does: every annotated span, in text order', async () => {
    const spans = 'evidence { id start end quote }';
    const page = await run(app, `{ statements(first: 100) { edges { node { id ${spans} } } } }`);
    const nodes: { id: string; evidence: { id: string; start: number }[] }[] = page.statements.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(article.statements.length);
    // node(id) reads a statement without its spans, so its evidence comes from the by-id loader instead.
    const byId = await lookupEach(
      app,
      nodes.map((n) => n.id),
      (id) => `node(id: "${id}") { ... on Statement { ${spans} } }`,
    );
    for (const node of nodes) {
      expect(node.evidence).toEqual(byId.get(node.id).evidence);
      const annotated = article.statements.find((s) => s.id === node.id)!.evidence;
      expect(node.evidence.map((e) => e.start)).toEqual(annotated.map((e) => e.start).sort((a, b) => a - b));
    }
  });

  it('reads only the offsets and words of spans when that is all a selection reads, in text order, as whole spans read them', async () => {
    const pageWith = async (spans: string) =>
      (await run(app, `{ statements(first: 100) { edges { node { id evidence { ${spans} } } } } }`)).statements.edges.map((e: any) => e.node);
    const words: { id: string; evidence: { start: number; end: number; quote: string }[] }[] = await pageWith('start end quote');
    const whole: { id: string; evidence: { id: string; start: number; end: number; quote: string }[] }[] = await pageWith('id start end quote');
    expect(words).toEqual(whole.map((node) => ({ id: node.id, evidence: node.evidence.map(({ start, end, quote }) => ({ start, end, quote })) })));
    for (const node of words) {
      const annotated = article.statements.find((s) => s.id === node.id)!.evidence;
      expect(node.evidence).toEqual([...annotated].sort((a, b) => a.start - b.start).map(({ start, end, quote }) => ({ start, end, quote })));
    }
  });

  it('gives a light link target the date the target itself has, its first and last day computed from value and precision', async () => {
    const date = 'date { value precision earliest latest text }';
    const page = await run(app, `{ statements(first: 100) { edges { node { id event { id ${date} } about { id ... on Statement { ${date} } } } } } }`);
    const targets = page.statements.edges.flatMap((e: any) => [e.node.event, ...e.node.about.filter((t: any) => t.date !== undefined)]).filter(Boolean);
    const dated = targets.filter((t: any) => t.date !== null);
    expect(dated.length).toBeGreaterThan(3);
    const stored = await lookupEach(
      app,
      [...new Set<string>(targets.map((t: any) => t.id))],
      (id) => `node(id: "${id}") { ... on Event { ${date} } ... on Statement { ${date} } }`,
    );
    for (const target of targets) expect(target.date).toEqual(stored.get(target.id).date);
  });

  it('reads a page row with only the properties its selection reads, and keeps such an object out of the by-id loader', async () => {
    const xi = inApiOrder(article.statements.filter((s) => s.speakerId === 'person:xi-jinping')).slice(0, 3);
    const annotated = (id: string) => article.statements.find((s) => s.id === id)!;
    const pageOf = async (include: Include[]) => {
      const { db, repos } = createContext(app.db, createLogger('silent'));
      const page = await repos.statements.page(statementFilter({ speakerId: 'person:xi-jinping' }), { first: 3, include });
      return { db, repos, nodes: page.edges.map((edge) => edge.node) };
    };

    const partial = await pageOf(['act']);
    expect(partial.nodes.map((s) => [s.id, s.act])).toEqual(xi.map((id) => [id, annotated(id).act]));
    expect(partial.nodes.map((s) => s.text)).toEqual([undefined, undefined, undefined]);
    const before = partial.db.roundTrips;
    const looked = await partial.repos.statements.byId(xi[0]);
    expect(looked?.text).toBe(annotated(xi[0]).text);
    expect(partial.db.roundTrips).toBe(before + 1);

    // A whole row's object serves any later selection of the statement without another round trip.
    const whole = await pageOf([...WHOLE_STATEMENT]);
    expect(whole.nodes.map((s) => [s.id, s.text, s.form, s.act])).toEqual(xi.map((id) => [id, annotated(id).text, annotated(id).form, annotated(id).act]));
    // A date's first and last day are computed from its value and precision, as the seed step stored them.
    const dateOf = ({ date }: Statement) =>
      date && { value: date.value, precision: date.precision, earliest: date.earliest, latest: date.latest, text: date.text ?? undefined };
    expect(whole.nodes.map(dateOf)).toEqual(xi.map((id) => annotated(id).date ?? null));
    const wholeBefore = whole.db.roundTrips;
    expect((await whole.repos.statements.byId(xi[0]))?.text).toBe(annotated(xi[0]).text);
    expect(whole.db.roundTrips).toBe(wholeBefore);
  });

  it('reads the list order keys only when a cursor is read, however the selection spells it', async () => {
    const readPage = async (include: Include[]) => {
      const page = { forms: null, acts: null, above: '', below: '\uffff', limit: int(3), include };
      return (await app.db.read(variantName('statement/page', { key: 'dateKey', direction: 'ASC' }), page))[0].statements;
    };
    expect((await readPage(['act'])).map((row) => row.cursorKeys)).toEqual([null, null, null]);
    for (const row of await readPage(['act', 'cursors'])) {
      expect(row.cursorKeys?.dateKey).toBe(`${row.cursorKeys?.sortDay}\u001f${row.id}`);
      expect(row.cursorKeys?.speakerKey.endsWith(`\u001f${row.cursorKeys?.dateKey}`)).toBe(true);
    }

    // The same cursors whether read on the edges, through a fragment or under an alias, and the next page follows.
    const plain = await run(app, '{ statements(first: 3) { edges { cursor node { id } } pageInfo { endCursor } } }');
    const spelled = await run(
      app,
      '{ statements(first: 3) { ...Page } } fragment Page on StatementConnection { pageInfo { last: endCursor } edges { node { act } } }',
    );
    expect(spelled.statements.pageInfo.last).toBe(plain.statements.pageInfo.endCursor);
    expect(plain.statements.edges[2].cursor).toBe(plain.statements.pageInfo.endCursor);
    const next = await run(app, STATEMENTS, { first: 1, after: spelled.statements.pageInfo.last });
    const four = await run(app, STATEMENTS, { first: 4 });
    expect(next.statements.edges[0].node.id).toBe(four.statements.edges[3].node.id);
  });

  it('refuses an empty id and a foreign cursor with BAD_USER_INPUT', async () => {
    expect((await runError(app, STATEMENTS, { speakerId: '' })).extensions?.code).toBe('BAD_USER_INPUT');
    const entities = await run(app, '{ entities(first: 1) { pageInfo { endCursor } } }');
    expect((await runError(app, STATEMENTS, { after: entities.entities.pageInfo.endCursor })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
