/**
 * The explorer page: Find (search), See (the neighbourhood drawn, expanded on double-click), Read the evidence
 * (details and the article passage of a node or edge), Connect (paths between two nodes), When (the timeline
 * strip filters by date), and Share (the URL holds the view; PNG, Cytoscape JSON, GraphML and CSV exports).
 * Everything comes from POST /graphql (api.ts); nothing is fetched from anywhere else.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { ApiError, gql } from './api';
import { overlaps } from './dates';
import { byId, download, h } from './dom';
import type { ExportView } from './export-formats';
import { edgesCsv, nodesCsv, toGraphML } from './export-formats';
import type { EdgeData, NodeData } from './graph';
import { KIND_STYLE, createGraph, isStatementLink, mergeSubgraph, showSubgraph } from './graph';
import type { PanelActions } from './panels';
import { evidencePanel, nodePanel, pathsPanel } from './panels';
import { Timeline } from './timeline';
import type { Dated, Evidence, GraphEdge, GraphNode, Kind, NodeDetails, PartialDate, Path, RelationWithEvidence, SearchHit, Subgraph } from './types';
import { KINDS } from './types';
import type { ViewState } from './url-state';
import { DEPTHS, LIMITS, decodeState, encodeState } from './url-state';

declare global {
  interface Window {
    /** The Cytoscape instance, for the browser test (it clicks edges where they are drawn) and the console. */
    explorerCy?: Core;
  }
}

const state: ViewState = decodeState(location.search);
const cy = createGraph(byId('cy'));
window.explorerCy = cy;
const timeline = new Timeline({ svg: byId('timeline') as unknown as SVGSVGElement, onSpan: (span) => setSpan(span) });
/** Evidence of the edges whose evidence was read (relation edges need a request; statement links do not). */
const edgeEvidence = new Map<string, Evidence[]>();
let paths: Path[] = [];
/** The centres whose neighbourhood came back truncated. */
const truncated = new Set<string>();

// --- Status: loading and errors --------------------------------------------------------------------------------

let busy = 0;
const statusBox = byId('status');

function showError(error: unknown, retry: () => void): void {
  const message = error instanceof ApiError ? error.message : `Something went wrong: ${(error as Error).message}`;
  const code = error instanceof ApiError ? error.code : 'CLIENT';
  statusBox.className = 'status error';
  statusBox.setAttribute('role', 'alert');
  statusBox.replaceChildren(
    h('strong', {}, 'Could not load. '),
    message,
    h('span', { class: 'code' }, ` (${code})`),
    ' ',
    h('button', { type: 'button', onclick: retry }, 'Try again'),
  );
}

/** Runs one user action with a visible loading state; a failure shows a message with a retry, never a blank page. */
async function run<T>(label: string, task: () => Promise<T>): Promise<T | undefined> {
  busy++;
  document.body.setAttribute('aria-busy', 'true');
  statusBox.className = 'status loading';
  statusBox.setAttribute('role', 'status');
  statusBox.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), `${label}…`);
  try {
    const result = await task();
    if (statusBox.classList.contains('loading')) {
      statusBox.className = 'status';
      statusBox.replaceChildren();
    }
    return result;
  } catch (error) {
    showError(error, () => void run(label, task));
    return undefined;
  } finally {
    if (--busy === 0) document.body.removeAttribute('aria-busy');
  }
}

function updateUrl(push = false): void {
  const url = `${location.pathname}${encodeState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

// --- Find --------------------------------------------------------------------------------------------------------

const searchInput = byId<HTMLInputElement>('search');
const results = byId('results');

async function search(text: string): Promise<void> {
  if (text.trim().length < 1) {
    results.replaceChildren();
    return;
  }
  const kinds = state.kinds.length === KINDS.length ? null : state.kinds;
  const answer = await run('Searching', () => gql<{ search: SearchHit[] }>('ExplorerSearch', { query: text, kinds }));
  if (!answer) return;
  results.replaceChildren(
    ...(answer.search.length
      ? answer.search.map((hit) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'hit',
                'data-id': hit.node.id,
                onclick: () => {
                  results.replaceChildren();
                  void openFocus(hit.node.id);
                },
              },
              h('span', { class: `badge ${hit.kind.toLowerCase()}` }, KIND_STYLE[hit.kind].label),
              h('span', { class: 'hit-name' }, hit.node.name ?? `“${hit.node.text}”`),
              hit.node.name && hit.snippet !== hit.node.name ? h('span', { class: 'snippet' }, hit.snippet) : null,
            ),
          ),
        )
      : [h('li', { class: 'empty' }, `Nothing matches “${text}”.`)]),
  );
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  void search(searchInput.value);
});
// Escape closes the list of hits and returns to the search box.
byId('search-form').parentElement!.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && results.childElementCount) {
    results.replaceChildren();
    searchInput.focus();
  }
});
searchInput.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void search(searchInput.value), 300);
});

// --- See -----------------------------------------------------------------------------------------------------------

const neighborhood = (id: string, depth: number): Promise<{ neighborhood: Subgraph }> =>
  gql<{ neighborhood: Subgraph }>('ExplorerNeighborhood', { id, depth, limit: state.limit });

function showTruncation(): void {
  const banner = byId('truncated');
  banner.hidden = truncated.size === 0;
  banner.textContent = truncated.size
    ? `Truncated: more nodes lie within reach of ${[...truncated].map((id) => cy.getElementById(id).data('label') ?? id).join(', ')} than the limit of ${state.limit} allows. Raise the limit or lower the depth to see them.`
    : '';
}

async function loadView(): Promise<void> {
  byId('empty').hidden = !!state.focus;
  truncated.clear();
  if (!state.focus) {
    cy.elements().remove();
    showTruncation();
    return;
  }
  const focus = state.focus;
  const loaded = await run('Loading the neighbourhood', async () => {
    // Marks for bench/explorer.ts: request sent, answer in, first frame with the graph drawn.
    performance.mark('explorer:neighbourhood-request');
    const { neighborhood: graph } = await neighborhood(focus, state.depth);
    performance.mark('explorer:neighbourhood-answer');
    await showSubgraph(cy, graph.nodes, graph.edges, graph.center);
    performance.mark('explorer:laid-out');
    // The callback of a second animation frame runs once the frame with the drawing has been produced.
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('explorer:graph-painted')));
    if (graph.truncated) truncated.add(graph.center);
    for (const id of state.expanded) {
      const { neighborhood: more } = await neighborhood(id, 1);
      await mergeSubgraph(cy, more.nodes, more.edges, id);
      if (more.truncated) truncated.add(id);
    }
    return true;
  });
  if (!loaded) return;
  showTruncation();
  applyFilters();
  cy.fit(undefined, 30);
  // Paths first: the selection may be one of their steps, drawn only once they are.
  if (state.from && state.to) await findPaths(false);
  if (state.selected) await select(state.selected, false);
}

async function openFocus(id: string): Promise<void> {
  Object.assign(state, { focus: id, expanded: [], selected: id, from: state.from, to: state.to });
  paths = [];
  updateUrl(true);
  await loadView();
}

async function expand(id: string): Promise<void> {
  if (id === state.focus || state.expanded.includes(id)) return;
  const answer = await run('Expanding', () => neighborhood(id, 1));
  if (!answer) return;
  state.expanded.push(id);
  const added = await mergeSubgraph(cy, answer.neighborhood.nodes, answer.neighborhood.edges, id);
  if (answer.neighborhood.truncated) truncated.add(id);
  showTruncation();
  applyFilters();
  updateUrl();
  byId('status').className = 'status info';
  byId('status').textContent = `${added} new node${added === 1 ? '' : 's'} around ${cy.getElementById(id).data('label') ?? id}.`;
}

cy.on('tap', 'node', (event) => void select((event.target as NodeSingular).id()));
cy.on('tap', 'edge', (event) => void select((event.target as EdgeSingular).id()));
cy.on('dbltap', 'node', (event) => void expand((event.target as NodeSingular).id()));

function fillSelect(select: HTMLSelectElement, values: readonly number[], current: number, onChange: (value: number) => void): void {
  select.replaceChildren(...values.map((v) => h('option', v === current ? { value: String(v), selected: '' } : { value: String(v) }, String(v))));
  select.addEventListener('change', () => onChange(Number(select.value)));
}
fillSelect(byId<HTMLSelectElement>('depth'), DEPTHS, state.depth, (depth) => {
  state.depth = depth;
  updateUrl();
  void loadView();
});
fillSelect(byId<HTMLSelectElement>('limit'), LIMITS, state.limit, (limit) => {
  state.limit = limit;
  updateUrl();
  void loadView();
});
byId('fit').addEventListener('click', () => cy.fit(cy.elements().not('.hidden'), 30));

// Kind filters: they apply to search and to what is drawn.
const kindBoxes = byId('kinds');
for (const kind of KINDS) {
  const box = h('input', { type: 'checkbox', value: kind, id: `kind-${kind}` });
  box.checked = state.kinds.includes(kind);
  box.addEventListener('change', () => {
    state.kinds = KINDS.filter((k) => (byId<HTMLInputElement>(`kind-${k}`).checked ? true : false));
    applyFilters();
    updateUrl();
    if (results.childElementCount) void search(searchInput.value);
  });
  kindBoxes.append(h('label', { class: `kind ${kind.toLowerCase()}` }, box, h('span', { class: 'swatch', 'aria-hidden': 'true' }), KIND_STYLE[kind].label));
}

/** Hides the kinds filtered out and, with a time span, the events and statements that cannot fall in it. */
function applyFilters(): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const data = node.data() as NodeData;
      const dated = data.kind === 'EVENT' || data.kind === 'STATEMENT';
      const outOfSpan = !!state.span && dated && (!data.date || !overlaps(data.date.earliest, data.date.latest, state.span[0], state.span[1]));
      node.toggleClass('hidden', !state.kinds.includes(data.kind) || outOfSpan);
    });
  });
  const shown = cy.nodes().not('.hidden').length;
  byId('counts').textContent = `${shown} of ${cy.nodes().length} nodes shown, ${cy.edges().filter((e) => e.visible()).length} edges`;
  renderInView();
}

/** The drawn nodes as a list of buttons: the canvas is not keyboard-operable, this list is. */
function renderInView(): void {
  const list = byId('in-view');
  const nodes = cy
    .nodes()
    .not('.hidden')
    .sort((a, b) => (a.data('depth') as number) - (b.data('depth') as number) || String(a.data('label')).localeCompare(String(b.data('label'))));
  list.replaceChildren(
    ...nodes.map((node) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'link', 'data-id': node.id(), onclick: () => void select(node.id()) },
          `${KIND_STYLE[node.data('kind') as Kind].label}: ${node.data('label')}`,
        ),
      ),
    ),
  );
}

// --- Read the evidence -----------------------------------------------------------------------------------------

const details = byId('details');
const evidenceBox = byId('evidence');

const actions: PanelActions = {
  select: (id) => void select(id),
  expand: (id) => void expand(id),
  pathFrom: (id, name) => setEnd('from', id, name),
  pathTo: (id, name) => setEnd('to', id, name),
  highlightPath: (index) => highlightPaths([index]),
};

/** Selects a node or edge (drawn or not) and shows what the article says about it. */
async function select(id: string, record = true): Promise<void> {
  state.selected = id;
  if (record) updateUrl();
  cy.elements(':selected').unselect();
  const element = cy.getElementById(id);
  if (element.nonempty()) element.select();
  if (element.nonempty() && element.isEdge()) return showEdge(element.data() as EdgeData);
  if (!element.nonempty() && id.includes('->')) return;
  if (!element.nonempty() && isStatementLink(id)) return;
  const answer = await run('Loading details', () => gql<{ node: NodeDetails | null }>('ExplorerNode', { id }));
  if (!answer) return;
  if (!answer.node) {
    details.replaceChildren(h('p', {}, `Nothing has the id ${id}.`));
    return;
  }
  details.replaceChildren(...nodePanel(answer.node, actions), ...connections(id));
  evidenceBox.replaceChildren(
    ...(answer.node.evidence?.length
      ? evidencePanel('What the article says', answer.node.__typename === 'Statement' ? 'The statement as reported' : '', answer.node.evidence)
      : []),
  );
  details.scrollTop = 0;
}

/** The drawn edges of a node, as buttons that open their evidence. */
function connections(id: string): HTMLElement[] {
  const node = cy.getElementById(id);
  if (node.empty()) return [];
  const edges = node.connectedEdges().filter((e) => e.visible());
  if (!edges.length) return [];
  const label = (nodeId: string): string => String(cy.getElementById(nodeId).data('label') ?? nodeId);
  return [
    h('h3', {}, `Connections in view (${edges.length})`),
    h(
      'ul',
      { class: 'connections' },
      ...edges.map((edge) => {
        const data = edge.data() as EdgeData;
        return h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', 'data-edge': data.id, onclick: () => void select(data.id) },
            `${label(data.source)} — ${data.label} → ${label(data.target)}`,
          ),
        );
      }),
    ),
  ];
}

async function edgeEvidenceOf(edge: EdgeData): Promise<Evidence[]> {
  const known = edgeEvidence.get(edge.id);
  if (known) return known;
  if (edge.statementLink) {
    const statementId = edge.id.split('|')[0];
    const drawn = cy.getElementById(statementId).data('evidence') as Evidence[] | undefined;
    if (drawn?.length) return drawn;
    const { node } = await gql<{ node: NodeDetails | null }>('ExplorerNode', { id: statementId });
    edgeEvidence.set(edge.id, node?.evidence ?? []);
  } else {
    await loadRelationEvidence(edge.source, [edge.type]);
  }
  return edgeEvidence.get(edge.id) ?? [];
}

/** The evidence of an entity's outgoing relations of some types, kept for every relation returned. */
async function loadRelationEvidence(source: string, types: string[]): Promise<void> {
  const answer = await gql<{ entity: { relations: { edges: { node: RelationWithEvidence }[] } } | null }>('ExplorerRelationEvidence', { id: source, types });
  for (const { node } of answer.entity?.relations.edges ?? []) edgeEvidence.set(node.id, node.evidence);
}

async function showEdge(edge: EdgeData): Promise<void> {
  const evidence = await run('Loading the evidence', () => edgeEvidenceOf(edge));
  if (!evidence) return;
  const label = (id: string): string => String(cy.getElementById(id).data('label') ?? id);
  const subtitle = edge.statementLink ? 'A statement’s link: its evidence is the statement’s own words.' : edge.role ? `Role: ${edge.role}` : '';
  evidenceBox.replaceChildren(...evidencePanel(`${label(edge.source)} — ${edge.label} → ${label(edge.target)}`, subtitle, evidence));
  details.replaceChildren();
  evidenceBox.scrollIntoView({ block: 'nearest' });
}

// --- Connect -------------------------------------------------------------------------------------------------------

const endInputs = { from: byId<HTMLInputElement>('path-from'), to: byId<HTMLInputElement>('path-to') };
/** The ids behind the names in the two inputs (a name typed by hand is looked up when the form is sent). */
const endIds: { from?: string; to?: string } = { from: state.from, to: state.to };

function setEnd(end: 'from' | 'to', id: string, name: string): void {
  endIds[end] = id;
  endInputs[end].value = name;
  endInputs[end].focus();
}

for (const end of ['from', 'to'] as const) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  endInputs[end].addEventListener('input', () => {
    endIds[end] = undefined;
    clearTimeout(timer);
    const text = endInputs[end].value;
    if (text.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const { search: hits } = await gql<{ search: SearchHit[] }>('ExplorerSearch', {
          query: text,
          kinds: ['PERSON', 'COUNTRY', 'ORGANIZATION', 'EVENT'],
          first: 8,
        });
        byId('path-suggestions').replaceChildren(...hits.map((hit) => h('option', { value: hit.node.name ?? hit.node.id })));
      } catch {
        // Suggestions are a convenience: the form looks the name up again when it is sent.
      }
    }, 250);
  });
}

/** The id for what an input holds: the one chosen, else the best entity hit for its text. */
async function resolveEnd(end: 'from' | 'to'): Promise<string | undefined> {
  if (endIds[end]) return endIds[end];
  const text = endInputs[end].value.trim();
  if (!text) return undefined;
  const { search: hits } = await gql<{ search: SearchHit[] }>('ExplorerSearch', {
    query: text,
    kinds: ['PERSON', 'COUNTRY', 'ORGANIZATION', 'EVENT'],
    first: 1,
  });
  if (!hits.length) throw new ApiError(`No person, country, organization or event matches “${text}”.`, 'NOT_FOUND');
  endIds[end] = hits[0].node.id;
  endInputs[end].value = hits[0].node.name ?? text;
  return endIds[end];
}

byId('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    const ends = await run('Looking up the two ends', async () => [await resolveEnd('from'), await resolveEnd('to')] as const);
    if (!ends?.[0] || !ends[1]) return;
    state.from = ends[0];
    state.to = ends[1];
    updateUrl();
    await findPaths(true);
  })();
});

const titleOf = (node: Path['nodes'][number]): string => node.name ?? `${(node.text ?? node.id).slice(0, 60)}…`;

async function findPaths(fit: boolean): Promise<void> {
  const answer = await run('Finding paths', () => gql<{ paths: Path[] }>('ExplorerPaths', { fromId: state.from, toId: state.to }));
  if (!answer) return;
  paths = answer.paths;
  const names = new Map(paths.flatMap((p) => p.nodes.map((n) => [n.id, titleOf(n)] as const)));
  if (!endInputs.from.value) endInputs.from.value = names.get(state.from!) ?? state.from!;
  if (!endInputs.to.value) endInputs.to.value = names.get(state.to!) ?? state.to!;
  // A path may leave the drawn neighbourhood: its nodes and steps are drawn too.
  const nodes: GraphNode[] = paths.flatMap((p) =>
    p.nodes.map((n) => ({ id: n.id, label: titleOf(n), kind: n.kind ?? 'STATEMENT', type: n.__typename, name: n.name ?? null, depth: -1, node: {} })),
  );
  const edges: GraphEdge[] = paths.flatMap((p) =>
    p.relations.map((r) => ({
      id: r.id,
      source: r.from.id,
      target: r.to.id,
      type: r.type,
      label: `${r.type.toLowerCase().replace(/_/g, ' ')}${r.role ? ` (${r.role})` : ''}`,
      role: r.role,
    })),
  );
  for (const p of paths) for (const r of p.relations) edgeEvidence.set(r.id, r.evidence);
  if (cy.nodes().empty()) await showSubgraph(cy, nodes, edges, state.from!);
  else await mergeSubgraph(cy, nodes, edges, state.from!);
  byId('empty').hidden = true;
  applyFilters();
  byId('paths').replaceChildren(
    h('h2', {}, `Paths from ${names.get(state.from!) ?? state.from} to ${names.get(state.to!) ?? state.to}`),
    ...pathsPanel(paths, actions),
  );
  highlightPaths(
    paths.map((_, i) => i),
    fit,
  );
}

function highlightPaths(indexes: number[], fit = true): void {
  cy.elements().removeClass('path');
  const chosen = cy.collection();
  for (const i of indexes) {
    const path = paths[i];
    if (!path) continue;
    for (const n of path.nodes) chosen.merge(cy.getElementById(n.id));
    for (const r of path.relations) chosen.merge(cy.getElementById(r.id));
  }
  chosen.addClass('path');
  document
    .querySelectorAll('#paths section.path')
    .forEach((section) => section.classList.toggle('chosen', indexes.includes(Number((section as HTMLElement).dataset.path))));
  if (fit && chosen.nonempty()) cy.fit(chosen, 60);
}

// --- When ----------------------------------------------------------------------------------------------------------

const spanInputs = { from: byId<HTMLInputElement>('span-from'), to: byId<HTMLInputElement>('span-to') };

function setSpan(span: [string, string] | undefined): void {
  state.span = span;
  spanInputs.from.value = span?.[0] ?? '';
  spanInputs.to.value = span?.[1] ?? '';
  timeline.setSpan(span);
  byId('span-label').textContent = span ? `Showing events and statements that may fall between ${span[0]} and ${span[1]}.` : 'All dates.';
  applyFilters();
  updateUrl();
}
for (const input of [spanInputs.from, spanInputs.to]) {
  input.addEventListener('change', () => {
    if (spanInputs.from.value && spanInputs.to.value && spanInputs.from.value <= spanInputs.to.value) setSpan([spanInputs.from.value, spanInputs.to.value]);
  });
}
byId('span-clear').addEventListener('click', () => setSpan(undefined));

async function loadTimeline(): Promise<void> {
  const items = await run('Loading the timeline', async () => {
    const { timeline: events } = await gql<{ timeline: { edges: { node: { id: string; name: string; date: PartialDate | null } }[] } }>('ExplorerTimeline');
    const dated: Dated[] = events.edges.flatMap(({ node }) => (node.date ? [{ id: node.id, label: node.name, kind: 'EVENT' as const, date: node.date }] : []));
    let after: string | null = null;
    // At most five pages of statements: the strip is an overview, not an index.
    for (let page = 0; page < 5; page++) {
      const {
        statements,
      }: {
        statements: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; text: string; date: PartialDate | null } }[] };
      } = await gql('ExplorerStatementDates', { after });
      for (const { node } of statements.edges) if (node.date) dated.push({ id: node.id, label: node.text, kind: 'STATEMENT', date: node.date });
      if (!statements.pageInfo.hasNextPage) break;
      after = statements.pageInfo.endCursor;
    }
    return dated;
  });
  if (!items) return;
  timeline.setItems(items);
  const [first, last] = timeline.bounds;
  for (const input of [spanInputs.from, spanInputs.to]) Object.assign(input, { min: first, max: last });
}

// --- Share and take away ---------------------------------------------------------------------------------------

function currentView(): ExportView {
  const nodes = cy.nodes().not('.hidden');
  const evidence = (list: Evidence[] | undefined) => (list ?? []).map((e) => ({ articleId: e.article.id, start: e.start, end: e.end, quote: e.quote }));
  return {
    nodes: nodes.map((node) => {
      const d = node.data() as NodeData;
      return {
        id: d.id,
        label: d.label,
        kind: d.kind,
        type: d.type,
        name: d.name,
        depth: d.depth,
        date: d.date?.value ?? null,
        datePrecision: d.date?.precision ?? null,
        evidence: evidence(d.evidence),
      };
    }),
    edges: nodes.edgesWith(nodes).map((edge) => {
      const d = edge.data() as EdgeData;
      return { id: d.id, source: d.source, target: d.target, type: d.type, label: d.label, role: d.role, evidence: evidence(edgeEvidence.get(d.id)) };
    }),
  };
}

/** Reads the evidence of every drawn edge not read yet: one request per entity the relations start at. */
async function readAllEvidence(): Promise<void> {
  const visible = cy.nodes().not('.hidden');
  const edges = visible.edgesWith(visible).map((e) => e.data() as EdgeData);
  for (const edge of edges) {
    if (edge.statementLink && !edgeEvidence.has(edge.id)) {
      const drawn = cy.getElementById(edge.id.split('|')[0]).data('evidence') as Evidence[] | undefined;
      if (drawn?.length) edgeEvidence.set(edge.id, drawn);
    }
  }
  const missing = edges.filter((e) => !edgeEvidence.has(e.id));
  const bySource = new Map<string, Set<string>>();
  for (const edge of missing.filter((e) => !e.statementLink)) bySource.set(edge.source, (bySource.get(edge.source) ?? new Set()).add(edge.type));
  const queue = [...bySource];
  // Four requests at a time: quick for a page of entities, gentle on a shared server.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await loadRelationEvidence(item[0], [...item[1]]);
    }),
  );
  for (const edge of missing.filter((e) => e.statementLink && !edgeEvidence.has(e.id))) await edgeEvidenceOf(edge);
}

const fileBase = (): string => `explorer-${(state.focus ?? 'view').replace(/[^a-z0-9-]+/gi, '_')}`;

byId('export-png').addEventListener('click', () => {
  void run('Drawing the PNG', async () => {
    const blob = (await cy.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2 })) as Blob;
    download(`${fileBase()}.png`, blob, 'image/png');
  });
});
byId('export-json').addEventListener('click', () => {
  void run('Reading the evidence of every edge', async () => {
    await readAllEvidence();
    const json = cy.json() as { elements?: unknown };
    const evidence = Object.fromEntries(currentView().edges.map((e) => [e.id, e.evidence]));
    download(`${fileBase()}.cyjs.json`, JSON.stringify({ ...json, data: { view: encodeState(state), edgeEvidence: evidence } }, null, 2), 'application/json');
  });
});
byId('export-graphml').addEventListener('click', () => {
  void run('Reading the evidence of every edge', async () => {
    await readAllEvidence();
    download(`${fileBase()}.graphml`, toGraphML(currentView()), 'application/graphml+xml');
  });
});
byId('export-csv').addEventListener('click', () => {
  void run('Reading the evidence of every edge', async () => {
    await readAllEvidence();
    const view = currentView();
    download(`${fileBase()}-nodes.csv`, nodesCsv(view), 'text/csv');
    download(`${fileBase()}-edges.csv`, edgesCsv(view), 'text/csv');
  });
});
byId('copy-link').addEventListener('click', () => {
  const note = byId('copy-note');
  navigator.clipboard.writeText(location.href).then(
    () => (note.textContent = 'Link copied.'),
    () => (note.textContent = `Copy this link: ${location.href}`),
  );
});

window.addEventListener('popstate', () => {
  Object.assign(state, decodeState(location.search));
  void loadView();
});

// --- Start ---------------------------------------------------------------------------------------------------------

if (state.from) endIds.from = state.from;
if (state.to) endIds.to = state.to;
setSpan(state.span);
void (async () => {
  await loadView();
  if (!state.focus && state.from && state.to) await findPaths(true);
  await loadTimeline();
  document.body.dataset.ready = 'true';
})();
