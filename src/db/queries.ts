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
      listFiles(dir).map((file) => {
        const name = relative(dir, file).split(sep).join('/').replace(/\.cypher$/, '');
        return parseCypherFile(name, readFileSync(file, 'utf8'));
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
