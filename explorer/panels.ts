/**
 * The side panels: a node's details, the evidence of an edge or statement (the article passage with the exact
 * quote marked at its offsets, under the article's title and date), and the paths between two nodes.
 */
import { h } from './dom';
import type { Evidence, NodeDetails, PartialDate, Path, StatementSummary } from './types';

export interface PanelActions {
  select(id: string): void;
  expand(id: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
  highlightPath(index: number): void;
}

const humanize = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

/** A date as precise as the article makes it: "2025-W08 (week, 2025-02-17 – 2025-02-23)". */
export function describeDate(date: PartialDate | null | undefined): string {
  if (!date) return 'undated';
  const span = date.earliest === date.latest ? '' : `, ${date.earliest} – ${date.latest}`;
  return `${date.value} (${date.precision.toLowerCase()}${span})`;
}

/** The passage with the quote marked: the offsets index the article text, the passage starts at its own offset. */
export function evidenceBlock(evidence: Evidence): HTMLElement {
  const passage = evidence.passage;
  const body = h('p', { class: 'passage' });
  if (passage) {
    const from = evidence.start - passage.start;
    const to = evidence.end - passage.start;
    body.append(passage.text.slice(0, from), h('mark', {}, passage.text.slice(from, to)), passage.text.slice(to));
  } else {
    body.append(h('mark', {}, evidence.quote));
  }
  return h(
    'figure',
    { class: 'evidence', 'data-evidence': evidence.id },
    h('figcaption', {}, h('cite', {}, evidence.article.title), ` · published ${evidence.article.publishedOn} · characters ${evidence.start}–${evidence.end}`),
    body,
  );
}

const link = (actions: PanelActions, id: string, text: string): HTMLElement =>
  h('button', { type: 'button', class: 'link', onclick: () => actions.select(id) }, text);

function statementItem(actions: PanelActions, s: StatementSummary): HTMLElement {
  const who = s.speaker ? s.speaker.name : 'the narrator';
  const to = s.addressees.length ? ` to ${s.addressees.map((a) => a.name).join(', ')}` : '';
  return h(
    'li',
    {},
    h('button', { type: 'button', class: 'link statement-link', onclick: () => actions.select(s.id) }, `“${s.text}”`),
    h('div', { class: 'meta' }, `${who}${to} · ${humanize(s.act)} · ${humanize(s.form)} · ${describeDate(s.date)}`),
  );
}

export function nodePanel(details: NodeDetails, actions: PanelActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (details.__typename === 'Statement') {
    out.push(
      h('h2', {}, 'Statement'),
      h('p', { class: 'statement-text' }, `“${details.text}”`),
      h(
        'dl',
        {},
        h('dt', {}, 'Speaker'),
        h('dd', {}, details.speaker ? link(actions, details.speaker.id, details.speaker.name) : 'the narrator (no speaker)'),
        h('dt', {}, 'Addressees'),
        h('dd', {}, ...(details.addressees?.length ? details.addressees.map((a) => link(actions, a.id, a.name)) : ['—'])),
        h('dt', {}, 'Date'),
        h('dd', {}, describeDate(details.date)),
        h('dt', {}, 'Act'),
        h('dd', {}, humanize(details.act ?? '')),
        h('dt', {}, 'Form'),
        h('dd', {}, humanize(details.form ?? '')),
        details.event && h('dt', {}, 'Made at'),
        details.event && h('dd', {}, link(actions, details.event.id, details.event.name)),
        details.reportedBy?.length && h('dt', {}, 'Reported by'),
        details.reportedBy?.length && h('dd', {}, ...details.reportedBy.map((r) => link(actions, r.id, r.name))),
        details.respondsTo && h('dt', {}, 'Responds to'),
        details.respondsTo && h('dd', {}, link(actions, details.respondsTo.id, `“${details.respondsTo.text}”`)),
      ),
    );
    return out;
  }
  const roles = (details.relations?.edges ?? []).map((e) => e.node).filter((r) => r.role);
  out.push(
    h('h2', {}, details.name ?? details.id),
    h('p', { class: 'meta' }, `${humanize(details.kind ?? details.__typename)}${details.eventType ? ` · ${humanize(details.eventType)}` : ''}`),
    ...(details.description ? [h('p', {}, details.description)] : []),
    h(
      'dl',
      {},
      h('dt', {}, 'Aliases'),
      h('dd', {}, details.aliases?.length ? details.aliases.join(', ') : '—'),
      h('dt', {}, 'Mentions'),
      h('dd', { 'data-field': 'mentions' }, String(details.mentions?.length ?? 0)),
      details.__typename === 'Event' && h('dt', {}, 'Date'),
      details.__typename === 'Event' && h('dd', {}, describeDate(details.date)),
      h('dt', {}, 'Roles'),
      h(
        'dd',
        {},
        roles.length
          ? h(
              'ul',
              {},
              ...roles.map((r) =>
                r.from.id === details.id
                  ? h('li', {}, `${r.role}: ${humanize(r.type)} `, link(actions, r.to.id, r.to.name))
                  : h('li', {}, link(actions, r.from.id, r.from.name), ` — ${r.role} (${humanize(r.type)})`),
              ),
            )
          : '—',
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.expand(details.id) }, 'Expand here'),
      h('button', { type: 'button', onclick: () => actions.pathFrom(details.id, details.name ?? details.id) }, 'Path from here'),
      h('button', { type: 'button', onclick: () => actions.pathTo(details.id, details.name ?? details.id) }, 'Path to here'),
    ),
  );
  const statements = details.statements?.edges.map((e) => e.node) ?? [];
  out.push(
    h('h3', {}, `Statements (${details.statements?.totalCount ?? 0})`),
    statements.length ? h('ul', { class: 'statements' }, ...statements.map((s) => statementItem(actions, s))) : h('p', {}, 'None.'),
  );
  return out;
}

export function evidencePanel(title: string, subtitle: string, evidence: Evidence[]): HTMLElement[] {
  return [
    h('h2', {}, title),
    subtitle ? h('p', { class: 'meta' }, subtitle) : null,
    ...(evidence.length ? evidence.map(evidenceBlock) : [h('p', {}, 'No evidence recorded.')]),
  ].filter((e): e is HTMLElement => !!e);
}

export function pathsPanel(paths: Path[], actions: PanelActions): HTMLElement[] {
  if (!paths.length) return [h('p', { role: 'status' }, 'No path within 4 hops.')];
  return paths.map((path, index) => {
    const names = new Map(path.nodes.map((n) => [n.id, n.name ?? `“${(n.text ?? n.id).slice(0, 60)}…”`]));
    return h(
      'section',
      { class: 'path', 'data-path': String(index) },
      h('h3', {}, h('button', { type: 'button', class: 'link', onclick: () => actions.highlightPath(index) }, `Path ${index + 1}: ${path.length} hops`)),
      h(
        'ol',
        {},
        ...path.relations.map((step) =>
          h(
            'li',
            {},
            h('div', {}, `${names.get(step.from.id)} — ${humanize(step.type)}${step.role ? ` (${step.role})` : ''} → ${names.get(step.to.id)}`),
            ...step.evidence.slice(0, 1).map((e) => h('blockquote', { class: 'quote' }, e.quote)),
          ),
        ),
      ),
    );
  });
}
