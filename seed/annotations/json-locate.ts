/**
 * Maps a JSON path (`statements[3].evidence[0].quote`) to the line where it is written, so problems point at the
 * right place in the annotation file. A small scanner over text that JSON.parse already accepted: it records the
 * offset of every member key and array element. No dependency needed.
 */

export class JsonLocator {
  private readonly offsets = new Map<string, number>();
  private readonly lineStarts: number[] = [0];
  /** Where the scanner found the text not to be JSON (undefined when it is JSON). */
  readonly errorOffset?: number;

  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
    try {
      const end = this.skip(this.value(this.skip(0), ''));
      if (end < source.length) this.fail(end);
    } catch (error) {
      if (error instanceof SyntaxAt) this.errorOffset = error.offset;
      else throw error;
    }
  }

  /** 1-based line of the first syntax error, when the text is not JSON. */
  get errorLine(): number | undefined {
    return this.errorOffset === undefined ? undefined : this.lineAtOffset(this.errorOffset);
  }

  /** 1-based line of the path, or of its nearest written ancestor (a missing property points at its object). */
  lineOf(path: string): number | undefined {
    let p = path;
    for (;;) {
      const offset = this.offsets.get(p);
      if (offset !== undefined) return this.lineAtOffset(offset);
      if (p === '') return undefined;
      p = parentPath(p);
    }
  }

  lineAtOffset(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private fail(offset: number): never {
    throw new SyntaxAt(offset);
  }

  private skip(i: number): number {
    const s = this.source;
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || (i === 0 && s[i] === '\ufeff'))) i++;
    return i;
  }

  private expect(i: number, c: string): number {
    if (this.source[i] !== c) this.fail(i);
    return i + 1;
  }

  /** Scans the value starting at i (recording it under `path`), returns the offset just after it. */
  private value(i: number, path: string): number {
    const s = this.source;
    if (!this.offsets.has(path)) this.offsets.set(path, i);
    const c = s[i];
    if (c === '{') {
      i = this.skip(i + 1);
      if (s[i] === '}') return i + 1;
      for (;;) {
        const keyStart = i;
        const keyEnd = this.string(i);
        const key = JSON.parse(s.slice(keyStart, keyEnd)) as string;
        const child = path === '' ? key : `${path}.${key}`;
        this.offsets.set(child, keyStart);
        i = this.skip(this.expect(this.skip(keyEnd), ':'));
        i = this.skip(this.value(i, child));
        if (s[i] === ',') {
          i = this.skip(i + 1);
          continue;
        }
        return this.expect(i, '}');
      }
    }
    if (c === '[') {
      i = this.skip(i + 1);
      if (s[i] === ']') return i + 1;
      for (let index = 0; ; index++) {
        i = this.skip(this.value(i, `${path}[${index}]`));
        if (s[i] === ',') {
          i = this.skip(i + 1);
          continue;
        }
        return this.expect(i, ']');
      }
    }
    if (c === '"') return this.string(i);
    const literal = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(s.slice(i, i + 64));
    if (!literal) this.fail(i);
    return i + literal[0].length;
  }

  private string(i: number): number {
    const s = this.source;
    if (s[i] !== '"') this.fail(i);
    for (let j = i + 1; j < s.length; j++) {
      if (s[j] === '\\') j++;
      else if (s[j] === '\n') this.fail(j);
      else if (s[j] === '"') return j + 1;
    }
    return this.fail(s.length);
  }
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``. */
export function parentPath(path: string): string {
  const m = /(\.[^.[\]]+|\[\d+\])$/.exec(path);
  if (!m) return '';
  return path.slice(0, m.index);
}

/** Joins a JSON path: `join('entities', 3)` → `entities[3]`, `join('entities[3]', 'id')` → `entities[3].id`. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** The 1-based line of a JSON.parse SyntaxError (Node 20 says "at position N" or "line L column C"). */
export function syntaxErrorLine(source: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+) column/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return source.slice(0, Number(position[1])).split('\n').length;
  if (/Unexpected end of JSON input/.test(message)) return source.split('\n').length;
  return undefined;
}
