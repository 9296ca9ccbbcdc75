/**
 * The three files of an article folder. Problems name one of them, and are sorted in this order
 * (resolve.ts), so a folder's problems read from the text to the metadata to the annotations.
 */
export const ARTICLE_TEXT = 'article.txt';
export const ARTICLE_META = 'article.json';
export const ANNOTATIONS = 'annotations.json';
export type ArticleFile = typeof ARTICLE_TEXT | typeof ARTICLE_META | typeof ANNOTATIONS;
export const FILE_ORDER: readonly ArticleFile[] = [ARTICLE_TEXT, ARTICLE_META, ANNOTATIONS];
