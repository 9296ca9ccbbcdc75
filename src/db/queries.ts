/**
 * Loads every `cypher/**\/*.cypher` file once at start-up (design.md §6.3: the .cypher files say what, src/db says
 * how). Each file holds one statement and starts with a `//` header that names its parameters:
 *
 *   // Entities of a kind, keyset-paginated by id.
 *   // params: $kind, $after, $limit
 *   // columns: entity
 *
 * The loader checks that the declared parameters are exactly those the statement uses, so a typo in either
 * fails at start-up (and in the unit tests) instead of at query time.
 *
 * Where Cypher takes only literals (`SHORTEST k`, the bounds of a quantified path `{1,n}`), a file may declare
 * variants: `// variants: maxHops=1..6, walks=2|6|20` and write `{{maxHops}}` and `{{walks}}` in the statement.
 * The catalog then holds one statement per combination, named by variantName (`path/shortest?maxHops=4&walks=6`),
 * each with its literals filled in from that header's allow-list: never from a request.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectPath } from '../paths';

export const CYPHER_DIR = projectPath('cypher');

export interface CypherQuery {
  /** Path under cypher/ without the extension, e.g. `entity/by-id`. */
  name: string;
  text: string;
  params: string[];
  columns: string[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : path.endsWith('.cypher') ? [path] : [];
  });
}

function headerList(header: string[], key: string): string[] | undefined {
  const line = header.find((l) => l.toLowerCase().startsWith(`${key}:`));
  if (!line) return undefined;
  const value = line.slice(key.length + 1).trim();
  if (value === '' || value === '-' || value.toLowerCase() === 'none') return [];
  return value.split(',').map((s) => s.trim().replace(/^\$/, ''));
}

/** Parameter names used in a statement; string literals and comments are skipped. */
export function usedParams(text: string): string[] {
  const code = text.replace(/\/\/.*$/gm, '').replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

/** Name of one variant of a file: its literals in the order given, e.g. `path/shortest?maxHops=4&walks=6`. */
export function variantName(name: string, literals: Record<string, number>): string {
  return `${name}?${Object.entries(literals).map(([k, v]) => `${k}=${v}`).join('&')}`;
}

/** `maxHops=1..6, walks=2|6|20` → every combination, in order. */
function variantCombinations(name: string, spec: string): Record<string, number>[] {
  let combinations: Record<string, number>[] = [{}];
  for (const part of spec.split(',').map((p) => p.trim())) {
    const m = /^([A-Za-z]+)=(\d+)\.\.(\d+)$/.exec(part) ?? /^([A-Za-z]+)=(\d+(?:\|\d+)*)$/.exec(part);
    if (!m) throw new Error(`cypher/${name}.cypher: cannot read the variant "${part}" (write key=1..6 or key=2|6|20)`);
    const values = m[3] !== undefined ? Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => Number(m[2]) + i) : m[2].split('|').map(Number);
    combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [m[1]]: v })));
  }
  return combinations;
}

/** One query per declared variant (or the file itself when it declares none). */
export function expandVariants(name: string, source: string): CypherQuery[] {
  const spec = source.split('\n').find((l) => /^\/\/\s*variants:/.test(l));
  if (!spec) return [parseCypherFile(name, source)];
  return variantCombinations(name, spec.replace(/^\/\/\s*variants:/, '')).map((literals) => {
    const text = source.replace(/\{\{([A-Za-z]+)\}\}/g, (_token, key: string) => {
      if (!(key in literals)) throw new Error(`cypher/${name}.cypher: {{${key}}} is not a declared variant`);
      return String(literals[key]);
    });
    return parseCypherFile(variantName(name, literals), text);
  });
}

export function parseCypherFile(name: string, source: string): CypherQuery {
  const lines = source.split('\n');
  const header = lines.filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, '').trim());
  const text = source.trim();
  const params = headerList(header, 'params');
  const columns = headerList(header, 'columns') ?? [];
  if (params === undefined) throw new Error(`cypher/${name}.cypher: the header has no "// params:" line`);
  const used = usedParams(text);
  const declared = [...params].sort();
  if (used.join(',') !== declared.join(',')) {
    throw new Error(`cypher/${name}.cypher: header declares params [${declared.join(', ')}] but the statement uses [${used.join(', ')}]`);
  }
  return { name, text, params: declared, columns };
}

export class QueryCatalog {
  private readonly byName: Map<string, CypherQuery>;

  constructor(queries: CypherQuery[]) {
    this.byName = new Map(queries.map((q) => [q.name, q]));
  }

  static load(dir: string = CYPHER_DIR): QueryCatalog {
    return new QueryCatalog(
      listFiles(dir).flatMap((file) => {
        const name = relative(dir, file).split(sep).join('/').replace(/\.cypher$/, '');
        return expandVariants(name, readFileSync(file, 'utf8'));
      }),
    );
  }

  get(name: string): CypherQuery {
    const query = this.byName.get(name);
    if (!query) throw new Error(`unknown Cypher query "${name}" (no file cypher/${name}.cypher)`);
    return query;
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }
}
