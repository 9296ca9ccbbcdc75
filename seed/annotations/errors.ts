/**
 * What the annotation validator reports. Every problem names its file, the JSON path inside it (e.g.
 * `statements[3].evidence[0].quote`; empty for the file itself), the 1-based line when it is known, and a message
 * a person can act on. The resolver collects them all and throws once, so a broken folder is fixed in one pass.
 */
export interface AnnotationProblem {
  file: string;
  path: string;
  line?: number;
  message: string;
}

export function formatProblem(p: AnnotationProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}${p.path ? ` ${p.path}` : ''}: ${p.message}`;
}

export class AnnotationError extends Error {
  readonly problems: AnnotationProblem[];

  constructor(problems: AnnotationProblem[]) {
    const head = `${problems.length} problem(s) in the article annotations`;
    const shown = problems.slice(0, 20).map((p) => `  ${formatProblem(p)}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super([head, ...shown, ...more].join('\n'));
    this.name = 'AnnotationError';
    this.problems = problems;
  }
}
