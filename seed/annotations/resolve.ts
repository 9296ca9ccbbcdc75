/**
 * Validation and resolution of one article folder (article.txt, article.json, annotations.json) into the
 * `ResolvedArticle` contract of seed/model.ts. Pure: no file system, no database. The JSON is parsed and its
 * shape checked with the class-validator DTOs of dto.ts; then the rules of rules/specifiedRules.ts check what
 * needs the whole article (ids, references, dates, evidence found verbatim in the text, names that occur in
 * it). Every problem is collected (with file, JSON path, line and message) so one run shows all of them; an
 * article is assembled only when there are none.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import type { ValidationError } from 'class-validator';
import { validateSync } from 'class-validator';
import { ARTICLE_ID } from '../../src/graph';
import type { EntityKind } from '../../src/graph';
import type { ResolvedArticle, ResolvedEntity, ResolvedRelation, ResolvedStatement } from '../model';
import { AnnotationFileDto, ArticleMetaDto } from './dto';
import type { AnnotationProblem } from './errors';
import { ANNOTATIONS, ARTICLE_META, ARTICLE_TEXT, FILE_ORDER } from './files';
import type { ArticleFile } from './files';
import { JsonLocator, joinPath, syntaxErrorLine } from './json-locate';
import { isObj, isStr, RuleContext } from './rules/context';
import type { EntityNode, RelationNode, StatementNode, ValidateOptions } from './rules/context';
import { specifiedRules } from './rules/specifiedRules';
import { visitArticle } from './rules/visit';
import { storedText } from './text';

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

export function resolveArticleSources(sources: ArticleSources, options: ValidateOptions = {}): ResolveOutcome {
  const r = new Reporter(sources.dir);
  if (sources.text === undefined) r.add(ARTICLE_TEXT, '', 'article.txt is missing from the article folder');
  const text = sources.text === undefined ? undefined : storedText(sources.text);
  const meta = validateShape(r, ARTICLE_META, ArticleMetaDto, parseJson(r, ARTICLE_META, sources.meta));
  const annotations = validateShape(r, ANNOTATIONS, AnnotationFileDto, parseJson(r, ANNOTATIONS, sources.annotations));

  const context = new RuleContext({ text, meta, annotations, options }, (file, path, message, line) => r.add(file, path, message, line));
  visitArticle(context, specifiedRules);

  const outcome = (article?: ResolvedArticle): ResolveOutcome => ({
    article,
    problems: r.sorted(),
    articleId: meta && isStr(meta.id) && ARTICLE_ID.test(meta.id) ? meta.id : undefined,
    claims: claimsOf(context),
    problem: (file, path, message) => r.make(file, path, message),
  });
  if (r.problems.length > 0 || !meta || !annotations) return outcome();
  return outcome({
    id: meta.id,
    title: meta.title,
    publishedOn: meta.publishedOn,
    ...(isStr(meta.source) ? { source: meta.source } : {}),
    language: meta.language,
    text: context.text,
    textSha256: createHash('sha256').update(context.text, 'utf8').digest('hex'),
    passages: context.passages,
    entities: context.entities.flatMap((e) => entityOf(context, e)),
    statements: context.statements.flatMap((s) => statementOf(context, s)),
    relations: context.relations.flatMap((rel) => relationOf(context, rel)),
  });
}

/** The ids a folder declares, for readArticleFolders to compare across folders (an entity only of a known kind). */
function claimsOf(context: RuleContext): IdClaim[] {
  return context.declared.flatMap((node): IdClaim[] => {
    const { id, category } = node;
    if (node.category === 'ENTITY') return node.kind ? [{ id, category, kind: node.kind, path: node.path }] : [];
    if (node.category === 'STATEMENT') return [{ id, category, path: node.path }];
    return [{ id, category, relation: { type: node.dto.type, fromId: node.dto.from, toId: node.dto.to }, path: node.idPath }];
  });
}

function entityOf(context: RuleContext, node: EntityNode): ResolvedEntity[] {
  const { dto: e, id, kind, name, aliases } = node;
  if (!id || !kind || !name) return [];
  const date = context.resolvedDate(node);
  const evidence = context.placedEvidence(node);
  return [
    {
      id,
      kind,
      name,
      aliases,
      ...(isStr(e.description) ? { description: e.description } : {}),
      ...(kind === 'EVENT' && isStr(e.eventType) ? { eventType: e.eventType } : {}),
      ...(date ? { date } : {}),
      mentions: context.mentions(node),
      ...(evidence.length > 0 ? { evidence } : {}),
    },
  ];
}

function statementOf(context: RuleContext, node: StatementNode): ResolvedStatement[] {
  const { dto: s, id } = node;
  const speakerId = s.form === 'NARRATOR' ? context.articleId : context.accepted(node, 'speaker')[0];
  if (!id || !speakerId || !isStr(s.text) || !isStr(s.form) || !isStr(s.act)) return [];
  const [eventId] = context.accepted(node, 'event');
  const [respondsToId] = context.accepted(node, 'respondsTo');
  const date = context.resolvedDate(node);
  return [
    {
      id,
      text: s.text,
      form: s.form,
      act: s.act,
      speakerId,
      addresseeIds: context.accepted(node, 'addressee'),
      aboutIds: context.accepted(node, 'about'),
      ...(eventId ? { eventId } : {}),
      reportedByIds: context.accepted(node, 'reportedBy'),
      ...(respondsToId ? { respondsToId } : {}),
      ...(date ? { date } : {}),
      evidence: context.placedEvidence(node),
    },
  ];
}

function relationOf(context: RuleContext, node: RelationNode): ResolvedRelation[] {
  const { dto: rel, id } = node;
  if (!id || context.accepted(node, 'from').length === 0 || context.accepted(node, 'to').length === 0) return [];
  const date = context.resolvedDate(node);
  return [
    {
      id,
      type: rel.type,
      fromId: rel.from,
      toId: rel.to,
      ...(isStr(rel.role) ? { role: rel.role } : {}),
      ...(date ? { date } : {}),
      qualifiers: isObj(rel.qualifiers) ? { ...rel.qualifiers } : {},
      evidence: context.placedEvidence(node),
    },
  ];
}
