/**
 * A small article folder held in memory, for the tests of the annotation rules (seed/annotations/rules/), as
 * graphql-js tests each validation rule through src/validation/__tests__/harness.ts: a three-passage text, its
 * metadata, two people, and the whole validator run over annotations a test writes. JSON.stringify(…, null, 2)
 * puts every value on its own line, so problems come in the order of the fields they are about.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import type { AnnotationProblem, ArticleSources } from '../../../../../seed/annotations';

export const TEXT = 'Title line\n\nXi met Putin. Xi said it went well. Putin said it went well.\n\nLater, Xi left.\n';
const META_FIELDS = { id: 'article:rules', title: 'Title line', publishedOn: '2025-02-24', language: 'en' };
export const META = JSON.stringify(META_FIELDS);
export const entities = [
  { id: 'person:xi-jinping', kind: 'PERSON', name: 'Xi Jinping', aliases: ['Xi'] },
  { id: 'person:vladimir-putin', kind: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin'] },
];
/** An EVENT the text names ("met") and reports, with everything an EVENT needs. */
export const event = { id: 'event:2025-02-24-meeting', kind: 'EVENT', name: 'met', eventType: 'MEETING', evidence: [{ quote: 'Xi met Putin' }] };

export const sources = (annotations: object): ArticleSources => ({
  dir: '/tmp/rules',
  text: TEXT,
  meta: META,
  annotations: JSON.stringify(annotations, null, 2),
});
/** Xi's statement about Putin: it links both people the text names (MentionsLinkedRule). */
export const statement = (evidence: object[]) => ({
  id: 'statement:s',
  speaker: 'person:xi-jinping',
  about: ['person:vladimir-putin'],
  form: 'PARAPHRASE',
  act: 'ASSESSMENT',
  text: 'it went well',
  evidence,
});
/** A relation between the two people, quoted where they meet. */
export const relation = { type: 'MET_WITH', from: 'person:xi-jinping', to: 'person:vladimir-putin', evidence: [{ quote: 'Xi met Putin' }] };

/**
 * The folder with these annotations (entities default to the two people, statements and relations to none),
 * and optionally another text or other metadata fields.
 */
export function folder(
  annotations: { entities?: object[]; statements?: object[]; relations?: object[]; notStatements?: object[]; draft?: boolean } = {},
  files: { text?: string; meta?: object } = {},
): ArticleSources {
  return {
    ...sources({ entities, statements: [], relations: [], ...annotations }),
    ...(files.text !== undefined ? { text: files.text } : {}),
    ...(files.meta ? { meta: JSON.stringify({ ...META_FIELDS, ...files.meta }) } : {}),
  };
}

/** Every problem the validator finds in the folder, located, in the order it reports them. */
export function problems(source: ArticleSources): AnnotationProblem[] {
  return resolveArticleSources(source).problems;
}

/** The same problems as [path, message] pairs. */
export function pathsAndMessages(source: ArticleSources): [string, string][] {
  return problems(source).map((p) => [p.path, p.message]);
}
