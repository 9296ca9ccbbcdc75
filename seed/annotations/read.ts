/**
 * Reading article folders from disk: `article.txt` (the text), `article.json` (metadata) and `annotations.json`
 * (entities, statements, relations). Folders are validated one by one, then against each other.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ResolvedArticle } from '../model';
import type { AnnotationProblem } from './errors';
import { AnnotationError } from './errors';
import { ANNOTATIONS, ARTICLE_META, ARTICLE_TEXT } from './files';
import type { IdClaim, ResolveOutcome } from './resolve';
import { resolveArticleSources } from './resolve';
import { withArticle } from './rules/context';
import type { ValidateOptions } from './rules/context';

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function loadFolder(dir: string, options: ValidateOptions): Promise<ResolveOutcome> {
  const [text, meta, annotations] = await Promise.all([
    readOptional(join(dir, ARTICLE_TEXT)),
    readOptional(join(dir, ARTICLE_META)),
    readOptional(join(dir, ANNOTATIONS)),
  ]);
  return resolveArticleSources({ dir, text, meta, annotations }, options);
}

/** Validates and resolves one article folder; throws AnnotationError listing every problem. */
export async function readArticleFolder(dir: string, options: ValidateOptions = {}): Promise<ResolvedArticle> {
  const outcome = await loadFolder(dir, options);
  if (!outcome.article) throw new AnnotationError(outcome.problems);
  return outcome.article;
}

const describeRelation = (r: NonNullable<IdClaim['relation']>) => `${r.type} ${r.fromId} -> ${r.toId}`;

/**
 * Validates every folder, then compares them, and throws one AnnotationError with every problem of every folder.
 * The loader merges entities (and relations, statements) by id across articles, so: a shared id must be the
 * same category everywhere (entity, statement or relation), a shared entity id the same kind, a shared relation
 * id the same type and endpoints; and each article has its own id. The comparison uses what each folder
 * declares, also when the folder has other problems, so a conflict is named even then.
 */
export async function readArticleFolders(dirs: string[], options: ValidateOptions = {}): Promise<ResolvedArticle[]> {
  const outcomes = await Promise.all(dirs.map((dir) => loadFolder(dir, options)));
  const problems: AnnotationProblem[] = outcomes.flatMap((o) => o.problems);

  const articleOwner = new Map<string, string>();
  const owners = new Map<string, IdClaim & { folder: string }>();
  outcomes.forEach((o, index) => {
    const folder = basename(dirs[index]);
    if (o.articleId) {
      const other = articleOwner.get(o.articleId);
      if (other !== undefined)
        problems.push(o.problem(ARTICLE_META, 'id', `article id "${o.articleId}" is already used by the folder ${other}: every article needs its own id`));
      else articleOwner.set(o.articleId, folder);
    }
    const mineHere = new Set<string>();
    for (const claim of o.claims) {
      if (mineHere.has(claim.id)) continue; // a duplicate inside one folder is reported by that folder
      mineHere.add(claim.id);
      const other = owners.get(claim.id);
      if (!other) {
        owners.set(claim.id, { ...claim, folder });
        continue;
      }
      if (other.category !== claim.category) {
        problems.push(
          o.problem(
            ANNOTATIONS,
            claim.path,
            `id "${claim.id}" is ${withArticle(claim.category.toLowerCase())} here but ${withArticle(other.category.toLowerCase())} in ${other.folder}: a shared id must name the same thing`,
          ),
        );
      } else if (claim.category === 'ENTITY' && other.kind !== claim.kind) {
        problems.push(
          o.problem(
            ANNOTATIONS,
            `${claim.path}.kind`,
            `"${claim.id}" is ${withArticle(claim.kind ?? '?')} here but ${withArticle(other.kind ?? '?')} in ${other.folder}: an id names one thing, of one kind, in every article`,
          ),
        );
      } else if (claim.relation && other.relation && describeRelation(claim.relation) !== describeRelation(other.relation)) {
        problems.push(
          o.problem(
            ANNOTATIONS,
            claim.path,
            `relation id "${claim.id}" links ${describeRelation(claim.relation)} here but ${describeRelation(other.relation)} in ${other.folder}`,
          ),
        );
      }
    }
  });

  if (problems.length > 0) throw new AnnotationError(problems);
  return outcomes.map((o) => o.article!);
}
