/**
 * Article folders → `ResolvedArticle` (seed/model.ts): DTOs checked with class-validator, then ids, references,
 * dates, evidence and mentions checked against the text by the rules of rules/specifiedRules.ts. Used by
 * seed/seed.ts before anything is written.
 */
export { AnnotationError, formatProblem } from './errors';
export type { AnnotationProblem } from './errors';
export { readArticleFolder, readArticleFolders } from './read';
export { ANNOTATIONS, ARTICLE_META, ARTICLE_TEXT } from './files';
export { resolveArticleSources } from './resolve';
export type { ArticleSources, IdClaim, ResolveOutcome } from './resolve';
export type { ValidateOptions } from './rules/context';
export { splitPassages, findMentions, findQuotations, storedText } from './text';
export { AnnotationFileDto, ArticleMetaDto, DateDto, EntityDto, EvidenceDto, RelationDto, StatementDto } from './dto';
