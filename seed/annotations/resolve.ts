/**
 * Validation and resolution of one article folder (article.txt, article.json, annotations.json) into the
 * `ResolvedArticle` contract of seed/model.ts. Pure: no file system, no database. Every problem is collected
 * (with file, JSON path, line and message) so one run shows all of them; an article is produced only when there
 * are none. The rules: stable readable ids (src/graph/ids.ts), references that exist, honest dates
 * (src/graph/dates.ts), evidence on every fact found verbatim in the text, mentions computed from names and aliases.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { ARTICLE_ID, DATE_PRECISIONS, dateSpan, ENTITY_KINDS, ID_PREFIX, KEBAB, QUOTE_FORMS, relationId, RESERVED_TYPES } from '../../src/graph';
import type { DatePrecision, EntityKind } from '../../src/graph';
import type {
  ResolvedArticle,
  ResolvedDate,
  ResolvedEntity,
  ResolvedEvidence,
  ResolvedPassage,
  ResolvedRelation,
  ResolvedStatement,
} from '../model';
import { AnnotationFileDto, ArticleMetaDto, DateDto, EntityDto, EvidenceDto, RelationDto, StatementDto } from './dto';
import type { AnnotationProblem } from './errors';
import { JsonLocator, joinPath, syntaxErrorLine } from './json-locate';
import { BOILERPLATE, findMentions, occurrences, passageOf, splitPassages, storedText, straighten, TextIndex, wholeWordOccurrences } from './text';

export const ARTICLE_TEXT = 'article.txt';
export const ARTICLE_META = 'article.json';
export const ANNOTATIONS = 'annotations.json';
export type ArticleFile = typeof ARTICLE_TEXT | typeof ARTICLE_META | typeof ANNOTATIONS;
const FILE_ORDER: ArticleFile[] = [ARTICLE_TEXT, ARTICLE_META, ANNOTATIONS];

/** The raw content of an article folder's files (undefined: the file is missing). */
export interface ArticleSources {
  /** The folder, used to name files in problems. */
  dir: string;
  text?: string;
  meta?: string;
  annotations?: string;
}

/**
 * What a folder says about an id, taken from its annotations even when the folder has problems, so that
 * readArticleFolders can compare folders (a shared id must name the same kind of thing everywhere).
 */
export interface IdClaim {
  id: string;
  category: 'ENTITY' | 'STATEMENT' | 'RELATION';
  kind?: EntityKind;
  relation?: { type: string; fromId: string; toId: string };
  /** JSON path in annotations.json of the thing that claims the id. */
  path: string;
}

export interface ResolveOutcome {
  article?: ResolvedArticle;
  problems: AnnotationProblem[];
  /** The article id from article.json, when it is well formed. */
  articleId?: string;
  claims: IdClaim[];
  /** Builds a located problem for this folder (used by cross-article checks). */
  problem(file: ArticleFile, path: string, message: string): AnnotationProblem;
}


type Category = 'ENTITY' | 'STATEMENT' | 'RELATION';
interface IdEntry {
  category: Category;
  kind?: EntityKind;
  path: string;
}

const isStr = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const show = (s: string) => `“${clip(s.replace(/\n/g, '\\n'))}”`;
/** "a person", "an event": for messages. */
export const withArticle = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

class Reporter {
  readonly problems: AnnotationProblem[] = [];
  /**
   * The parsed JSON sources; each one's JsonLocator is built on the first problem located in it. A valid folder
   * never needs one, and a locator of a large annotation file (an offset per JSON path) costs more time and
   * memory than parsing it, and would be kept alive by `ResolveOutcome.problem` for as long as the outcome.
   */
  readonly sources: Partial<Record<ArticleFile, string>> = {};
  private readonly locators: Partial<Record<ArticleFile, JsonLocator>> = {};
  constructor(private readonly dir: string) {}

  private locator(file: ArticleFile): JsonLocator | undefined {
    const source = this.sources[file];
    if (source === undefined) return undefined;
    return (this.locators[file] ??= new JsonLocator(source));
  }

  make(file: ArticleFile, path: string, message: string, line?: number): AnnotationProblem {
    const l = line ?? this.locator(file)?.lineOf(path);
    return { file: join(this.dir, file), path, ...(l !== undefined ? { line: l } : {}), message };
  }

  add(file: ArticleFile, path: string, message: string, line?: number): void {
    this.problems.push(this.make(file, path, message, line));
  }

  sorted(): AnnotationProblem[] {
    const rank = (p: AnnotationProblem) => FILE_ORDER.findIndex((f) => p.file.endsWith(f));
    return this.problems
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p) - rank(b.p) || (a.p.line ?? Infinity) - (b.p.line ?? Infinity) || a.i - b.i)
      .map(({ p }) => p);
  }
}

/** class-validator's nested errors → `path: message` pairs (`statements[3].evidence[0].quote`). */
function flattenValidation(errors: ValidationError[], parent: string): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property) ? joinPath(parent, Number(e.property)) : joinPath(parent, e.property);
    for (const [name, message] of Object.entries(e.constraints ?? {})) {
      if (name === 'whitelistValidation') out.push({ path, message: `unknown property "${e.property}" (a typo? it is not part of the format)` });
      else if (name === 'nestedValidation') out.push({ path, message: `${e.property} must be an object` });
      else out.push({ path, message });
    }
    out.push(...flattenValidation(e.children ?? [], path));
  }
  return out;
}

function parseJson(r: Reporter, file: ArticleFile, source: string | undefined): unknown {
  if (source === undefined) {
    r.add(file, '', `${file} is missing from the article folder`);
    return undefined;
  }
  try {
    const value = JSON.parse(source.replace(/^\ufeff/, '')) as unknown;
    r.sources[file] = source;
    return value;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    r.add(file, '', `${file} is not valid JSON: ${reason}`, syntaxErrorLine(source, error) ?? new JsonLocator(source).errorLine);
    return undefined;
  }
}

function validateShape<T extends object>(r: Reporter, file: ArticleFile, cls: new () => T, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  if (!isObj(value)) {
    r.add(file, '', `${file} must hold a JSON object`);
    return undefined;
  }
  const instance = plainToInstance(cls, value);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: false,
    stopAtFirstError: true, // one message per property: "missing" says it all
    validationError: { target: false },
  });
  for (const { path, message } of flattenValidation(errors, '')) r.add(file, path, message);
  return instance;
}

export function resolveArticleSources(sources: ArticleSources): ResolveOutcome {
  const r = new Reporter(sources.dir);
  const claims: IdClaim[] = [];
  let declaredArticleId: string | undefined;
  const outcome = (article?: ResolvedArticle): ResolveOutcome => ({
    article,
    problems: r.sorted(),
    articleId: declaredArticleId,
    claims,
    problem: (file, path, message) => r.make(file, path, message),
  });

  // ---- article.txt -------------------------------------------------------------------------------------------
  let text = '';
  if (sources.text === undefined) r.add(ARTICLE_TEXT, '', 'article.txt is missing from the article folder');
  else {
    text = storedText(sources.text);
    if (text.length === 0) r.add(ARTICLE_TEXT, '', 'article.txt is empty');
    for (const re of BOILERPLATE) {
      const m = re.exec(text);
      if (m) {
        const line = text.slice(0, m.index).split('\n').length;
        r.add(ARTICLE_TEXT, '', `article.txt contains page boilerplate ${show(m[0])}: keep only the article itself`, line);
      }
    }
  }

  // ---- article.json ------------------------------------------------------------------------------------------
  const meta = validateShape(r, ARTICLE_META, ArticleMetaDto, parseJson(r, ARTICLE_META, sources.meta));
  if (meta && isStr(meta.publishedOn) && /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedOn)) {
    const d = dateSpan(meta.publishedOn, 'DAY');
    if (!d.ok) r.add(ARTICLE_META, 'publishedOn', `publishedOn ${d.message}`);
  }
  const firstLine = text.split('\n')[0] ?? '';
  if (meta && isStr(meta.title) && text.length > 0 && meta.title !== firstLine) {
    r.add(ARTICLE_META, 'title', `title must be the first line of article.txt, exactly: ${show(firstLine)} (got ${show(meta.title)})`);
  }
  if (meta && isStr(meta.id) && ARTICLE_ID.test(meta.id)) declaredArticleId = meta.id;
  const articleId = meta && isStr(meta.id) ? meta.id : 'article:unknown';
  const passages: ResolvedPassage[] = splitPassages(articleId, text);
  const index = new TextIndex(text);

  // ---- annotations.json: shape -------------------------------------------------------------------------------
  const ann = validateShape(r, ANNOTATIONS, AnnotationFileDto, parseJson(r, ANNOTATIONS, sources.annotations));
  const list = <T>(x: unknown): (T | undefined)[] => (Array.isArray(x) ? x.map((v) => (isObj(v) ? (v as T) : undefined)) : []);
  const entities = list<EntityDto>(ann?.entities);
  const statements = list<StatementDto>(ann?.statements);
  const relations = list<RelationDto>(ann?.relations);

  // ---- ids ---------------------------------------------------------------------------------------------------
  const ids = new Map<string, IdEntry>();
  const register = (id: string, entry: IdEntry) => {
    const seen = ids.get(id);
    if (seen) r.add(ANNOTATIONS, entry.path, `duplicate id "${id}": already used at ${seen.path} (ids are unique across entities, statements and relations)`);
    else ids.set(id, entry);
  };
  const checkIdSpelling = (id: string, path: string, prefix: string | undefined, what: string) => {
    const colon = id.indexOf(':');
    if (colon < 0) {
      r.add(ANNOTATIONS, path, `id "${id}" must be "${prefix ?? '<prefix>'}:<lowercase-kebab-case>"`);
      return;
    }
    if (prefix && id.slice(0, colon) !== prefix) r.add(ANNOTATIONS, path, `id "${id}" must start with "${prefix}:" (${what})`);
    const rest = id.slice(colon + 1);
    if (!KEBAB.test(rest)) r.add(ANNOTATIONS, path, `id "${id}": after "${id.slice(0, colon)}:" use lowercase-kebab-case (a-z, 0-9, single hyphens), got "${rest}"`);
  };
  const validKind = (k: unknown): k is EntityKind => ENTITY_KINDS.includes(k as EntityKind);

  entities.forEach((e, i) => {
    if (!e || !isStr(e.id)) return;
    const path = `entities[${i}].id`;
    const kind = validKind(e.kind) ? e.kind : undefined;
    checkIdSpelling(e.id, path, kind ? ID_PREFIX[kind] : undefined, `kind ${kind}`);
    register(e.id, { category: 'ENTITY', kind, path });
    if (kind) claims.push({ id: e.id, category: 'ENTITY', kind, path: `entities[${i}]` });
  });
  statements.forEach((s, i) => {
    if (!s || !isStr(s.id)) return;
    const path = `statements[${i}].id`;
    checkIdSpelling(s.id, path, 'statement', 'a statement');
    register(s.id, { category: 'STATEMENT', path });
    claims.push({ id: s.id, category: 'STATEMENT', path: `statements[${i}]` });
  });
  const relationIds: (string | undefined)[] = relations.map((rel, i) => {
    if (!rel || !isStr(rel.type) || !isStr(rel.from) || !isStr(rel.to)) return undefined;
    const id = isStr(rel.id) ? rel.id : relationId(rel.type, rel.from, rel.to);
    const path = isStr(rel.id) ? `relations[${i}].id` : `relations[${i}]`;
    const seen = ids.get(id);
    if (seen && seen.category === 'RELATION' && !isStr(rel.id)) {
      r.add(ANNOTATIONS, path, `duplicate relation ${id} (also at ${seen.path.replace(/\.id$/, '')}): give one of them an explicit "id" if the same type really links this pair twice`);
    } else register(id, { category: 'RELATION', path });
    claims.push({ id, category: 'RELATION', relation: { type: rel.type, fromId: rel.from, toId: rel.to }, path });
    return id;
  });

  // ---- helpers over the text ---------------------------------------------------------------------------------
  const passageLabel = (start: number) => {
    const p = passageOf(passages, start, start + 1);
    return p ? `p${p.index}` : '?';
  };

  const resolveEvidence = (ev: EvidenceDto | undefined, path: string): ResolvedEvidence | undefined => {
    if (!isObj(ev) || !isStr(ev.quote) || text.length === 0) return undefined;
    const quote = ev.quote;
    const found = occurrences(index, quote);
    if (found.length === 0) {
      let hint = '';
      if (straighten(text).includes(straighten(quote))) hint = ' It is there with other quote marks, apostrophes or dashes: the article uses ’ ‘ “ ” and –.';
      else if (text.toLowerCase().includes(quote.toLowerCase())) hint = ' It is there in other letter case (quotes are case-sensitive).';
      else if (quote.includes('\n')) hint = ' A quote cannot span paragraphs.';
      r.add(ANNOTATIONS, `${path}.quote`, `quote not found verbatim in the article: ${show(quote)}.${hint}`);
      return undefined;
    }
    let start: number | undefined;
    if (ev.occurrence !== undefined && ev.after !== undefined) {
      r.add(ANNOTATIONS, path, 'give either "occurrence" or "after", not both');
      return undefined;
    }
    if (isStr(ev.after)) {
      const anchors = occurrences(index, ev.after);
      if (anchors.length === 0) {
        r.add(ANNOTATIONS, `${path}.after`, `"after" phrase not found verbatim in the article: ${show(ev.after)}`);
        return undefined;
      }
      if (anchors.length > 1) {
        r.add(ANNOTATIONS, `${path}.after`, `"after" phrase ${show(ev.after)} occurs ${anchors.length} times (${anchors.map(passageLabel).join(', ')}): it must occur exactly once`);
        return undefined;
      }
      const from = anchors[0] + ev.after.length;
      start = found.find((s) => s >= from);
      if (start === undefined) {
        r.add(ANNOTATIONS, `${path}.after`, `quote ${show(quote)} does not occur after ${show(ev.after)}`);
        return undefined;
      }
    } else if (typeof ev.occurrence === 'number' && Number.isInteger(ev.occurrence) && ev.occurrence >= 1) {
      if (ev.occurrence > found.length) {
        r.add(ANNOTATIONS, `${path}.occurrence`, `occurrence ${ev.occurrence} is beyond the ${found.length} occurrence(s) of ${show(quote)} in the article`);
        return undefined;
      }
      start = found[ev.occurrence - 1];
    } else if (ev.occurrence !== undefined) {
      return undefined; // reported by the shape check
    } else if (found.length > 1) {
      r.add(
        ANNOTATIONS,
        `${path}.quote`,
        `quote ${show(quote)} is ambiguous: it occurs ${found.length} times (${found.map(passageLabel).join(', ')}); add "occurrence" (1-based) or "after" to say which`,
      );
      return undefined;
    } else start = found[0];
    const end = start + quote.length;
    const passage = passageOf(passages, start, end);
    if (!passage) {
      r.add(ANNOTATIONS, `${path}.quote`, `quote ${show(quote)} crosses a passage boundary: evidence must lie within one paragraph`);
      return undefined;
    }
    return { start, end, quote, passageIndex: passage.index };
  };

  /** Resolves a list of evidence; `required` (EVENT entities) makes a missing or empty list a problem. */
  const resolveEvidenceList = (list: unknown, path: string, required?: string): ResolvedEvidence[] => {
    if (!Array.isArray(list) || list.length === 0) {
      // Statements and relations: the shape check already reports a missing or empty list.
      if (required) r.add(ANNOTATIONS, path, required);
      return [];
    }
    const resolved: ResolvedEvidence[] = [];
    list.forEach((ev, j) => {
      const e = resolveEvidence(ev as EvidenceDto, `${path}[${j}]`);
      if (e) resolved.push(e);
    });
    return resolved;
  };

  const resolveDateField = (d: DateDto | undefined, path: string): ResolvedDate | undefined => {
    if (!isObj(d) || !isStr(d.value) || !DATE_PRECISIONS.includes(d.precision as DatePrecision)) return undefined;
    const span = dateSpan(d.value, d.precision);
    if (!span.ok) {
      r.add(ANNOTATIONS, `${path}.value`, `date ${span.message}`);
      return undefined;
    }
    if (isStr(d.text) && text.length > 0 && !index.includes(d.text)) {
      r.add(ANNOTATIONS, `${path}.text`, `date text should be the article’s own words for the date, but ${show(d.text)} is not in the article`);
    }
    return { value: d.value, precision: d.precision, earliest: span.earliest, latest: span.latest, ...(isStr(d.text) ? { text: d.text } : {}) };
  };

  /** A referenced id must exist and be of an allowed category/kind. */
  const checkRef = (id: unknown, path: string, role: string, allowed: { entity?: 'ANY' | 'NOT_EVENT' | 'EVENT'; statement?: boolean }): boolean => {
    if (!isStr(id)) return false;
    const entry = ids.get(id);
    if (!entry) {
      r.add(ANNOTATIONS, path, `${role} "${id}" does not exist: no entity${allowed.statement ? ' or statement' : ''} has this id`);
      return false;
    }
    if (entry.category === 'ENTITY' && allowed.entity) {
      if (!entry.kind) return true; // its kind is already reported
      if (allowed.entity === 'EVENT' && entry.kind !== 'EVENT') {
        r.add(ANNOTATIONS, path, `${role} "${id}" must be an EVENT, but it is ${withArticle(entry.kind)}`);
        return false;
      }
      if (allowed.entity === 'NOT_EVENT' && entry.kind === 'EVENT') {
        r.add(ANNOTATIONS, path, `${role} "${id}" is an EVENT: it must be a person, country or organization`);
        return false;
      }
      return true;
    }
    if (entry.category === 'STATEMENT' && allowed.statement) return true;
    const expected = [allowed.entity ? (allowed.entity === 'EVENT' ? 'an event' : allowed.entity === 'NOT_EVENT' ? 'a person, country or organization' : 'an entity') : '', allowed.statement ? 'a statement' : '']
      .filter(Boolean)
      .join(' or ');
    r.add(ANNOTATIONS, path, `${role} "${id}" is ${withArticle(entry.category.toLowerCase())}, but it must be ${expected}`);
    return false;
  };

  const idList = (x: unknown, path: string, role: string, allowed: Parameters<typeof checkRef>[3], self?: string): string[] => {
    if (!Array.isArray(x)) return [];
    const out: string[] = [];
    x.forEach((id, j) => {
      if (!isStr(id)) return;
      if (self && id === self) {
        r.add(ANNOTATIONS, joinPath(path, j), `${role} "${id}" refers to the statement itself`);
        return;
      }
      if (out.includes(id)) {
        r.add(ANNOTATIONS, joinPath(path, j), `${role} "${id}" is listed twice`);
        return;
      }
      if (checkRef(id, joinPath(path, j), role, allowed)) out.push(id);
    });
    return out;
  };

  // ---- entities ----------------------------------------------------------------------------------------------
  const resolvedEntities: ResolvedEntity[] = [];
  entities.forEach((e, i) => {
    if (!e) return;
    const p = `entities[${i}]`;
    const kind = validKind(e.kind) ? e.kind : undefined;
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter(isStr) : [];
    const name = isStr(e.name) ? e.name : undefined;
    aliases.forEach((alias, j) => {
      if (alias === name) r.add(ANNOTATIONS, `${p}.aliases[${j}]`, `alias ${show(alias)} repeats the name`);
      else if (aliases.indexOf(alias) !== j) r.add(ANNOTATIONS, `${p}.aliases[${j}]`, `alias ${show(alias)} is listed twice`);
      else if (text.length > 0 && wholeWordOccurrences(index, alias).length === 0) {
        const hint = straighten(text).includes(straighten(alias)) ? ' (it is there with other quote marks or apostrophes: the article uses ’ “ ”)' : '';
        r.add(ANNOTATIONS, `${p}.aliases[${j}]`, `alias ${show(alias)} does not occur in the article as a whole word${hint}: aliases are the ways this article names the entity`);
      }
    });
    if (kind !== 'EVENT' && kind !== undefined) {
      if (e.eventType !== undefined) r.add(ANNOTATIONS, `${p}.eventType`, `eventType is only for EVENT entities (this one is ${withArticle(kind)})`);
      if (e.date !== undefined) r.add(ANNOTATIONS, `${p}.date`, `date is only for EVENT entities (this one is ${withArticle(kind)}); put dates on relations or statements`);
    }
    if (kind === 'EVENT' && !isStr(e.eventType)) r.add(ANNOTATIONS, p, 'an EVENT needs an eventType (UPPER_SNAKE_CASE, e.g. PHONE_CALL)');
    const date = kind === 'EVENT' ? resolveDateField(e.date, `${p}.date`) : undefined;
    const evidence = resolveEvidenceList(e.evidence, `${p}.evidence`, kind === 'EVENT' ? 'evidence is required on an EVENT: give at least one quote where the article reports it' : undefined);
    const mentions = name && text.length > 0 ? findMentions(index, passages, [name, ...aliases]) : [];
    if (name && text.length > 0 && mentions.length === 0) {
      r.add(ANNOTATIONS, p, `entity "${isStr(e.id) ? e.id : '?'}" is never named in the article: neither its name ${show(name)} nor an alias occurs as a whole word (case-sensitive)`);
    }
    if (!isStr(e.id) || !kind || !name) return;
    resolvedEntities.push({
      id: e.id,
      kind,
      name,
      aliases,
      ...(isStr(e.description) ? { description: e.description } : {}),
      ...(kind === 'EVENT' && isStr(e.eventType) ? { eventType: e.eventType } : {}),
      ...(date ? { date } : {}),
      mentions,
      ...(evidence.length > 0 ? { evidence } : {}),
    });
  });

  // ---- statements --------------------------------------------------------------------------------------------
  const resolvedStatements: ResolvedStatement[] = [];
  statements.forEach((s, i) => {
    if (!s) return;
    const p = `statements[${i}]`;
    const self = isStr(s.id) ? s.id : undefined;
    let speakerId: string | undefined;
    if (s.form === 'NARRATOR') {
      // The journalist's own voice: the article itself speaks (it is not an entity of the graph).
      if (s.speaker !== undefined && s.speaker !== null && s.speaker !== articleId) {
        r.add(ANNOTATIONS, `${p}.speaker`, `a NARRATOR statement is the journalist’s own voice: leave "speaker" out (it resolves to the article ${articleId}), or use another form for "${String(s.speaker)}"`);
      }
      speakerId = articleId;
    } else if (s.speaker === undefined || s.speaker === null) {
      r.add(ANNOTATIONS, p, `speaker is required for a ${String(s.form ?? 'non-NARRATOR')} statement (only NARRATOR statements have no speaker entity)`);
    } else if (checkRef(s.speaker, `${p}.speaker`, 'speaker', { entity: 'NOT_EVENT' })) speakerId = s.speaker;

    const addresseeIds = idList(s.addressees, `${p}.addressees`, 'addressee', { entity: 'NOT_EVENT' });
    const aboutIds = idList(s.about, `${p}.about`, 'about', { entity: 'ANY', statement: true }, self);
    const reportedByIds = idList(s.reportedBy, `${p}.reportedBy`, 'reportedBy', { entity: 'NOT_EVENT' });
    const eventId = isStr(s.event) && checkRef(s.event, `${p}.event`, 'event', { entity: 'EVENT' }) ? s.event : undefined;
    let respondsToId: string | undefined;
    if (isStr(s.respondsTo)) {
      if (s.respondsTo === self) r.add(ANNOTATIONS, `${p}.respondsTo`, 'respondsTo refers to the statement itself');
      else if (checkRef(s.respondsTo, `${p}.respondsTo`, 'respondsTo', { statement: true })) respondsToId = s.respondsTo;
    }
    const date = resolveDateField(s.date, `${p}.date`);
    const evidence = resolveEvidenceList(s.evidence, `${p}.evidence`);
    if (isStr(s.text) && QUOTE_FORMS.has(s.form) && text.length > 0) {
      if (!index.includes(s.text)) {
        r.add(ANNOTATIONS, `${p}.text`, `a ${s.form} statement’s text must be the quoted words exactly as in the article, but ${show(s.text)} is not in the article`);
      } else if (evidence.length > 0 && !evidence.some((ev) => ev.quote.includes(s.text))) {
        r.add(ANNOTATIONS, `${p}.text`, `the quoted words ${show(s.text)} are not inside any of this statement’s evidence quotes`);
      }
    }
    if (!self || !speakerId || !isStr(s.text) || !isStr(s.form) || !isStr(s.act)) return;
    resolvedStatements.push({
      id: self,
      text: s.text,
      form: s.form,
      act: s.act,
      speakerId,
      addresseeIds,
      aboutIds,
      ...(eventId ? { eventId } : {}),
      reportedByIds,
      ...(respondsToId ? { respondsToId } : {}),
      ...(date ? { date } : {}),
      evidence,
    });
  });

  // ---- relations ---------------------------------------------------------------------------------------------
  const resolvedRelations: ResolvedRelation[] = [];
  relations.forEach((rel, i) => {
    if (!rel) return;
    const p = `relations[${i}]`;
    if (isStr(rel.type) && RESERVED_TYPES.includes(rel.type)) {
      r.add(ANNOTATIONS, `${p}.type`, `type ${rel.type} is reserved for the graph’s own links (${RESERVED_TYPES.join(', ')}): choose another name`);
    }
    const fromOk = checkRef(rel.from, `${p}.from`, 'from', { entity: 'ANY' });
    const toOk = checkRef(rel.to, `${p}.to`, 'to', { entity: 'ANY' });
    if (isStr(rel.from) && rel.from === rel.to) r.add(ANNOTATIONS, `${p}.to`, `a relation cannot link "${rel.from}" to itself`);
    const date = resolveDateField(rel.date, `${p}.date`);
    const evidence = resolveEvidenceList(rel.evidence, `${p}.evidence`);
    const id = relationIds[i];
    if (!id || !fromOk || !toOk) return;
    resolvedRelations.push({
      id,
      type: rel.type,
      fromId: rel.from,
      toId: rel.to,
      ...(isStr(rel.role) ? { role: rel.role } : {}),
      ...(date ? { date } : {}),
      qualifiers: isObj(rel.qualifiers) ? { ...rel.qualifiers } : {},
      evidence,
    });
  });

  if (r.problems.length > 0 || !meta || !ann) return outcome();
  return outcome({
    id: meta.id,
    title: meta.title,
    publishedOn: meta.publishedOn,
    ...(isStr(meta.source) ? { source: meta.source } : {}),
    language: meta.language,
    text,
    textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    passages,
    entities: resolvedEntities,
    statements: resolvedStatements,
    relations: resolvedRelations,
  });
}
