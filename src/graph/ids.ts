/**
 * The id formats of the stored graph (cypher/README.md): readable, stable ids built and read only here.
 *
 *   person:xi-jinping, country:china, organization:nato, event:2025-02-24-xi-putin-call   entities
 *   statement:xi-no-third-party                                                          statements
 *   article:2025-02-24-xi-putin-no-limits                                                articles
 *   article:…#p3                                                                         passage 3 of an article
 *   article:…@120-164                                                                    an evidence span
 *   PARTNER_OF:country:china->country:russia                                             a relation (unless given)
 */
import type { EntityKind } from './vocabulary';

/** The prefix of an entity id, by kind. */
export const ID_PREFIX: Record<EntityKind, string> = { PERSON: 'person', COUNTRY: 'country', ORGANIZATION: 'organization', EVENT: 'event' };
export const STATEMENT_PREFIX = 'statement';
export const ARTICLE_PREFIX = 'article';

/** What follows the prefix: lowercase-kebab-case. */
export const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ARTICLE_ID = /^article:[a-z0-9]+(-[a-z0-9]+)*$/;

export function passageId(articleId: string, index: number): string {
  return `${articleId}#p${index}`;
}

/** An evidence span's id: its article and offsets (any span-like value: resolved evidence, a stored row). */
export function evidenceId<Span extends { start: number; end: number }>(articleId: string, span: Span): string {
  return `${articleId}@${span.start}-${span.end}`;
}

/** A relation's id when the annotations give none: one relation of a type per ordered pair. */
export function relationId(type: string, fromId: string, toId: string): string {
  return `${type}:${fromId}->${toId}`;
}

/** The part before the first colon: `person`, `statement`, `article`, … (the whole id when it has none). */
export function idPrefix(id: string): string {
  const colon = id.indexOf(':');
  return colon < 0 ? id : id.slice(0, colon);
}

const KIND_OF_PREFIX = new Map(Object.entries(ID_PREFIX).map(([kind, prefix]) => [prefix, kind as EntityKind]));

/**
 * The kind of entity an id names by its prefix (undefined: not an entity id). The seed's checks keep an entity's
 * id prefix and its kind in step (seed/annotations/rules/IdSpellingRule.ts), so rows may leave `kind` out.
 */
export function entityKindOf(id: string): EntityKind | undefined {
  return KIND_OF_PREFIX.get(idPrefix(id));
}

export type NodeCategory = 'ENTITY' | 'STATEMENT' | 'ARTICLE' | 'PASSAGE' | 'EVIDENCE';

const ENTITY_PREFIXES = new Set(Object.values(ID_PREFIX));

/** Which kind of stored node an id names, by its shape alone (null: no node can have it). */
export function categoryOf(id: string): NodeCategory | null {
  const prefix = idPrefix(id);
  if (ENTITY_PREFIXES.has(prefix)) return 'ENTITY';
  if (prefix === STATEMENT_PREFIX) return 'STATEMENT';
  if (prefix !== ARTICLE_PREFIX) return null;
  return id.includes('#') ? 'PASSAGE' : id.includes('@') ? 'EVIDENCE' : 'ARTICLE';
}
