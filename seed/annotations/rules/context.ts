/**
 * What every annotation rule works on: one article folder after JSON.parse and the shape check of dto.ts, cut
 * into nodes (the entities, statements and relations of annotations.json, and inside them the ids they refer
 * to, their date and their evidence), and the resolvers that several rules, or the assembly of the
 * `ResolvedArticle` in resolve.ts, need: a quote to its span, a date to its calendar span, a name to its
 * mentions, an id to what it names. A resolver says why it failed; the rule that owns that kind of problem
 * words it, so each rule file is the one place that says what it reports.
 *
 * The shape follows graphql-js (src/validation/ValidationContext.ts, specifiedRules.ts): a rule is a function of
 * this context that returns a visitor, and visit.ts shows every node to every rule in turn.
 */
import { DATE_PRECISIONS, dateSpan, ENTITY_KINDS, relationId } from '../../../src/graph';
import type { DatePrecision, DateResult, EntityKind } from '../../../src/graph';
import type { ResolvedDate, ResolvedEvidence, ResolvedPassage } from '../../model';
import type { AnnotationFileDto, ArticleMetaDto, DateDto, EntityDto, EvidenceDto, RelationDto, StatementDto } from '../dto';
import type { ArticleFile } from '../files';
import { joinPath } from '../json-locate';
import { findMentions, occurrences, passageOf, splitPassages, TextIndex } from '../text';

export const isStr = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
export const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** A value quoted in a message, one line, at most 80 characters. */
export const show = (s: string) => `“${clip(s.replace(/\n/g, '\\n'))}”`;
/** "a person", "an event": for messages. */
export const withArticle = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/** How strict the validator is. */
export interface ValidateOptions {
  /** Accept items marked `"draft": true` (the annotator's unreviewed output), e.g. to check a draft's other problems. */
  allowDrafts?: boolean;
}

/** Adds a located problem; without `line`, the line is the one where `path` is written (resolve.ts). */
export type Report = (file: ArticleFile, path: string, message: string, line?: number) => void;

interface Holder {
  /** JSON path in annotations.json: `entities[3]`. */
  path: string;
  /** The id it declares (a relation without one gets relationId(type, from, to)); unset when there is none. */
  id?: string;
  /** Where that id is written: `entities[3].id`, or `relations[2]` for a relation's implied id. */
  idPath: string;
  /** Its date, when it counts (an entity's only on an EVENT) and is written well enough to check. */
  date?: DateNode;
  /** Its evidence items, in order (none when the list is missing or empty). */
  evidence: EvidenceNode[];
}
export interface EntityNode extends Holder {
  category: 'ENTITY';
  dto: EntityDto;
  /** Unset when the kind is not one of ENTITY_KINDS (the shape check reports it). */
  kind?: EntityKind;
  name?: string;
  /** The aliases that are non-empty strings (an alias's index is its place in this list). */
  aliases: string[];
}
export interface StatementNode extends Holder {
  category: 'STATEMENT';
  dto: StatementDto;
  references: ReferenceNode[];
}
export interface RelationNode extends Holder {
  category: 'RELATION';
  dto: RelationDto;
  references: ReferenceNode[];
}
export type HolderNode = EntityNode | StatementNode | RelationNode;
export type DeclaredNode = HolderNode & { id: string };

export interface DateNode {
  /** `statements[2].date` */
  path: string;
  dto: DateDto;
}

export interface EvidenceNode {
  /** `statements[2].evidence[0]` */
  path: string;
  /** As written: the shape check has reported it when it is not an object with a quote. */
  dto: unknown;
}

/** What a reference may name: an entity (of any kind, an EVENT, or anything but an EVENT) and/or a statement. */
export interface Allowed {
  entity?: 'ANY' | 'NOT_EVENT' | 'EVENT';
  statement?: boolean;
}

/** One id a statement or relation refers to (a non-empty string; the shape check reports the rest). */
export interface ReferenceNode {
  /** `statements[2].about[1]`, `relations[0].to` */
  path: string;
  id: string;
  /** speaker, addressee, about, reportedBy, event, respondsTo, from or to */
  role: string;
  allowed: Allowed;
  /** Its place in a list (addressees, about, reportedBy); unset for a single reference. */
  item?: number;
  /** It is the id of the statement that holds it, where a statement must not name itself (about, respondsTo). */
  self: boolean;
  /** An earlier item of the same list has the same id. */
  repeated: boolean;
  holder: StatementNode | RelationNode;
}

/** Why a reference does not name what its role allows. */
export type ReferenceFault =
  { why: 'unknown' } | { why: 'not-an-event'; kind: EntityKind } | { why: 'an-event' } | { why: 'category'; category: HolderNode['category'] };

/** Why an evidence item cannot be placed in the text. */
export type EvidenceFault =
  | { why: 'not-found'; quote: string }
  | { why: 'occurrence-and-after' }
  | { why: 'after-not-once'; after: string; anchors: number[] }
  | { why: 'not-after'; quote: string; after: string }
  | { why: 'beyond'; quote: string; occurrence: number; found: number }
  | { why: 'ambiguous'; quote: string; found: number[] }
  | { why: 'crosses-passages'; quote: string };

/** A placed quote, or why not; neither when there is nothing to place (no quote, no text, a bad occurrence). */
export type Placement = { evidence: ResolvedEvidence; fault?: undefined } | { evidence?: undefined; fault?: EvidenceFault };

/** The nodes each hook receives, in the order visit.ts walks them. */
export interface Hooks {
  /** The stored text of article.txt, when the folder has the file. */
  text: string;
  /** article.json after its shape check, when it holds a JSON object. */
  meta: ArticleMetaDto;
  /** annotations.json after its shape check, when it holds a JSON object, before its items. */
  annotations: AnnotationFileDto;
  /** Every declared id: the entities', then the statements', then the relations'. */
  id: DeclaredNode;
  entity: EntityNode;
  /** After the entity's date and evidence. */
  entityLeave: EntityNode;
  statement: StatementNode;
  /** After the statement's references, date and evidence. */
  statementLeave: StatementNode;
  relation: RelationNode;
  /** A statement's or relation's references, right after the statement or relation itself. */
  reference: ReferenceNode;
  /** After the references of its holder. */
  date: DateNode;
  evidence: EvidenceNode;
  /** After every entity, statement and relation: for rules about the article as a whole. */
  annotationsLeave: AnnotationFileDto;
}
export type RuleVisitor = { [K in keyof Hooks]?: (node: Hooks[K]) => void };
export type Rule = (context: RuleContext) => RuleVisitor;

export class RuleContext {
  /** The stored text (empty when article.txt is missing). */
  readonly text: string;
  readonly textGiven: boolean;
  readonly index: TextIndex;
  /** The article id the passages and NARRATOR statements hang from (article:unknown when article.json gives none). */
  readonly articleId: string;
  readonly passages: ResolvedPassage[];
  readonly meta?: ArticleMetaDto;
  readonly annotations?: AnnotationFileDto;
  readonly options: ValidateOptions;
  readonly entities: EntityNode[] = [];
  readonly statements: StatementNode[] = [];
  readonly relations: RelationNode[] = [];
  /** Every declared id, in the order written; the same id may be declared twice (UniqueIdsRule says so). */
  readonly declared: DeclaredNode[];
  /** The first declaration of each id: what a reference to it names. */
  readonly ids = new Map<string, DeclaredNode>();
  private readonly placements = new Map<EvidenceNode, Placement>();
  private readonly mentionsOf = new Map<EntityNode, ResolvedEvidence[]>();

  constructor(
    input: { text?: string; meta?: ArticleMetaDto; annotations?: AnnotationFileDto; options?: ValidateOptions },
    readonly report: Report,
  ) {
    this.options = input.options ?? {};
    this.annotations = input.annotations;
    this.text = input.text ?? '';
    this.textGiven = input.text !== undefined;
    this.meta = input.meta;
    this.articleId = input.meta && isStr(input.meta.id) ? input.meta.id : 'article:unknown';
    this.passages = splitPassages(this.articleId, this.text);
    this.index = new TextIndex(this.text);
    const ann = input.annotations;
    objects<EntityDto>(ann?.entities).forEach(([e, i]) => this.entities.push(this.entityNode(e, `entities[${i}]`)));
    objects<StatementDto>(ann?.statements).forEach(([s, i]) => this.statements.push(this.statementNode(s, `statements[${i}]`)));
    objects<RelationDto>(ann?.relations).forEach(([r, i]) => this.relations.push(this.relationNode(r, `relations[${i}]`)));
    this.declared = [...this.entities, ...this.statements, ...this.relations].filter((n): n is DeclaredNode => n.id !== undefined);
    for (const node of this.declared) if (!this.ids.has(node.id)) this.ids.set(node.id, node);
  }

  private entityNode(e: EntityDto, path: string): EntityNode {
    const kind = ENTITY_KINDS.includes(e.kind) ? e.kind : undefined;
    return {
      category: 'ENTITY',
      dto: e,
      path,
      id: isStr(e.id) ? e.id : undefined,
      idPath: `${path}.id`,
      kind,
      name: isStr(e.name) ? e.name : undefined,
      aliases: Array.isArray(e.aliases) ? e.aliases.filter(isStr) : [],
      date: kind === 'EVENT' ? dateNode(e.date, `${path}.date`) : undefined,
      evidence: evidenceNodes(e.evidence, `${path}.evidence`),
    };
  }

  private statementNode(s: StatementDto, path: string): StatementNode {
    const node: StatementNode = {
      category: 'STATEMENT',
      dto: s,
      path,
      id: isStr(s.id) ? s.id : undefined,
      idPath: `${path}.id`,
      date: dateNode(s.date, `${path}.date`),
      evidence: evidenceNodes(s.evidence, `${path}.evidence`),
      references: [],
    };
    const refer = referrer(node);
    // A NARRATOR statement's speaker is the article itself, not a reference (NarratorSpeakerRule).
    if (s.form !== 'NARRATOR' && s.speaker !== undefined && s.speaker !== null) refer.one(s.speaker, 'speaker', 'speaker', { entity: 'NOT_EVENT' });
    refer.list(s.addressees, 'addressees', 'addressee', { entity: 'NOT_EVENT' });
    refer.list(s.about, 'about', 'about', { entity: 'ANY', statement: true }, node.id);
    refer.list(s.reportedBy, 'reportedBy', 'reportedBy', { entity: 'NOT_EVENT' });
    refer.one(s.event, 'event', 'event', { entity: 'EVENT' });
    refer.one(s.respondsTo, 'respondsTo', 'respondsTo', { statement: true }, node.id);
    return node;
  }

  private relationNode(r: RelationDto, path: string): RelationNode {
    // A relation declares an id only when its type and ends are written (the shape check reports the rest).
    const linked = isStr(r.type) && isStr(r.from) && isStr(r.to);
    const node: RelationNode = {
      category: 'RELATION',
      dto: r,
      path,
      id: !linked ? undefined : isStr(r.id) ? r.id : relationId(r.type, r.from, r.to),
      idPath: isStr(r.id) ? `${path}.id` : path,
      date: dateNode(r.date, `${path}.date`),
      evidence: evidenceNodes(r.evidence, `${path}.evidence`),
      references: [],
    };
    const refer = referrer(node);
    refer.one(r.from, 'from', 'from', { entity: 'ANY' });
    refer.one(r.to, 'to', 'to', { entity: 'ANY' });
    return node;
  }

  /** Whether a reference names what its role allows. */
  referenceFault(ref: ReferenceNode): ReferenceFault | undefined {
    const entry = this.ids.get(ref.id);
    if (!entry) return { why: 'unknown' };
    if (entry.category === 'ENTITY' && ref.allowed.entity) {
      if (!entry.kind) return undefined; // its kind is already reported
      if (ref.allowed.entity === 'EVENT' && entry.kind !== 'EVENT') return { why: 'not-an-event', kind: entry.kind };
      if (ref.allowed.entity === 'NOT_EVENT' && entry.kind === 'EVENT') return { why: 'an-event' };
      return undefined;
    }
    if (entry.category === 'STATEMENT' && ref.allowed.statement) return undefined;
    return { why: 'category', category: entry.category };
  }

  /** The references that make it into the resolved article: not the holder itself, not repeated, and right. */
  accepted(holder: StatementNode | RelationNode, role: string): string[] {
    return holder.references.filter((r) => r.role === role && !r.self && !r.repeated && !this.referenceFault(r)).map((r) => r.id);
  }

  /** A checkable date's calendar span, or why it has none (src/graph/dates.ts). */
  dateSpan(node: DateNode): DateResult {
    return dateSpan(node.dto.value, node.dto.precision);
  }

  resolvedDate(holder: HolderNode): ResolvedDate | undefined {
    if (!holder.date) return undefined;
    const d = holder.date.dto;
    const span = this.dateSpan(holder.date);
    if (!span.ok) return undefined;
    return { value: d.value, precision: d.precision, earliest: span.earliest, latest: span.latest, ...(isStr(d.text) ? { text: d.text } : {}) };
  }

  /**
   * Where an evidence item's quote is: its only occurrence, the one its 1-based "occurrence" names, or the first
   * after its "after" phrase (which must occur once), inside one passage. Computed once per item: the evidence
   * rule, the quoted-text rule and the assembly all ask.
   */
  place(node: EvidenceNode): Placement {
    let placement = this.placements.get(node);
    if (!placement) this.placements.set(node, (placement = this.placeQuote(node.dto)));
    return placement;
  }

  /** A holder's evidence that could be placed, in order. */
  placedEvidence(holder: HolderNode): ResolvedEvidence[] {
    return holder.evidence.flatMap((node) => this.place(node).evidence ?? []);
  }

  private placeQuote(dto: unknown): Placement {
    if (!isObj(dto) || !isStr(dto.quote) || this.text.length === 0) return {};
    const ev = dto as unknown as EvidenceDto;
    const quote = ev.quote;
    const found = occurrences(this.index, quote);
    if (found.length === 0) return { fault: { why: 'not-found', quote } };
    if (ev.occurrence !== undefined && ev.after !== undefined) return { fault: { why: 'occurrence-and-after' } };
    let start: number | undefined;
    if (isStr(ev.after)) {
      const anchors = occurrences(this.index, ev.after);
      if (anchors.length !== 1) return { fault: { why: 'after-not-once', after: ev.after, anchors } };
      const from = anchors[0] + ev.after.length;
      start = found.find((s) => s >= from);
      if (start === undefined) return { fault: { why: 'not-after', quote, after: ev.after } };
    } else if (typeof ev.occurrence === 'number' && Number.isInteger(ev.occurrence) && ev.occurrence >= 1) {
      if (ev.occurrence > found.length) return { fault: { why: 'beyond', quote, occurrence: ev.occurrence, found: found.length } };
      start = found[ev.occurrence - 1];
    } else if (ev.occurrence !== undefined) {
      return {}; // reported by the shape check
    } else if (found.length > 1) {
      return { fault: { why: 'ambiguous', quote, found } };
    } else start = found[0];
    const end = start + quote.length;
    const passage = passageOf(this.passages, start, end);
    if (!passage) return { fault: { why: 'crosses-passages', quote } };
    return { evidence: { start, end, quote, passageIndex: passage.index } };
  }

  /** Where the article names an entity by its name or an alias (text.ts findMentions); computed once per entity. */
  mentions(entity: EntityNode): ResolvedEvidence[] {
    let found = this.mentionsOf.get(entity);
    if (!found) {
      found = entity.name && this.text.length > 0 ? findMentions(this.index, this.passages, [entity.name, ...entity.aliases]) : [];
      this.mentionsOf.set(entity, found);
    }
    return found;
  }
}

/** The objects of a list with their index in it (other items are the shape check's to report). */
function objects<T>(x: unknown): [T, number][] {
  return Array.isArray(x) ? x.flatMap((v, i): [T, number][] => (isObj(v) ? [[v as T, i]] : [])) : [];
}

/** A date that can be checked against its precision: an object with a value and a known precision. */
function dateNode(d: DateDto | undefined, path: string): DateNode | undefined {
  return isObj(d) && isStr(d.value) && DATE_PRECISIONS.includes(d.precision as DatePrecision) ? { path, dto: d } : undefined;
}

function evidenceNodes(list: unknown, path: string): EvidenceNode[] {
  return Array.isArray(list) ? list.map((dto, j) => ({ path: joinPath(path, j), dto })) : [];
}

/** Adds a statement's or relation's references to it, in the order they are checked. */
function referrer(holder: StatementNode | RelationNode) {
  const add = (id: unknown, path: string, role: string, allowed: Allowed, self: string | undefined, item?: number, repeated = false) => {
    if (isStr(id)) holder.references.push({ path, id, role, allowed, item, self: self !== undefined && id === self, repeated, holder });
  };
  return {
    one: (id: unknown, field: string, role: string, allowed: Allowed, self?: string) => add(id, joinPath(holder.path, field), role, allowed, self),
    list: (ids: unknown, field: string, role: string, allowed: Allowed, self?: string) => {
      if (Array.isArray(ids)) ids.forEach((id, j) => add(id, joinPath(joinPath(holder.path, field), j), role, allowed, self, j, ids.indexOf(id) < j));
    },
  };
}
