/**
 * Loads every `cypher/**\/*.cypher` file once at start-up (the .cypher files say what, src/db says how). Each
 * file holds one statement and starts with a `//` header that names its parameters and result columns with
 * their TypeScript types (types from src/graph/, `Integer` from neo4j-driver):
 *
 *   // Entities of a kind, keyset-paginated by id.
 *   // params: $kind: EntityKind | null, $afterId: string | null, $limit: Integer
 *   // columns: total: number, entities: EntityNode[]
 *
 * The loader checks that the declared parameters are exactly those the statement uses, so a typo in either
 * fails at start-up (and in the unit tests) instead of at query time. `npm run cypher:types` turns the headers
 * into src/db/queries.generated.ts, which types `Database.read` by query name; the integration tier checks the
 * `columns:` names against what EXPLAIN says the statement returns (test/integration/plan-check.ts).
 *
 * Where Cypher takes only literals (`SHORTEST k`, the bounds of a quantified path `{1,n}`, the property and
 * direction of an ORDER BY that an index should answer), a file may declare variants:
 * `// variants: maxHops=1..6, walks=2|6|20` (numbers) or `key=dateKey|speakerKey` (words: identifiers only) and
 * write `{{maxHops}}`, `{{walks}}`, `{{key}}` in the statement.
 * The catalog then holds one statement per combination, named by variantName (`path/shortest?maxHops=4&walks=6`),
 * each with its literals filled in from that header's allow-list: never from a request.
 *
 * What a row carries besides its id is chosen by the statement's `$include` (src/graph/rows.ts INCLUDES, from the
 * client's selection): a file writes `{{#if evidence}}…{{#else}}…{{/if}}` (the else part optional; sections nest),
 * and Neo4j is sent the statement with the sections of that `$include` alone (QueryCatalog.statementFor). A
 * statement written for the selection costs Neo4j less than one that tests `'evidence' IN $include` as it runs:
 * for a page of 33 statements with their speaker, addressees, event and quotes, about a fifth less CPU in a loop
 * on the driver (the tests, a walk over every link type and a split by field, were most of the difference). A
 * statement's renderings are kept, at most MAX_RENDERINGS of them (each is a plan in Neo4j's query cache). As
 * with variants, a request only chooses among the texts the files hold: what `$include` holds comes from the
 * resolvers' lookahead (src/common/lookahead.ts), and a section's name must be one of INCLUDES.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { INCLUDES } from '../graph';
import { projectPath } from '../paths';

export const CYPHER_DIR = projectPath('cypher');

/** A declared parameter or column: its name and the TypeScript type the header gives it (undefined: none). */
export interface CypherField {
  name: string;
  type?: string;
}

export interface CypherQuery {
  /** Path under cypher/ without the extension, e.g. `entity/by-id`. */
  name: string;
  /** The file's text, its `//` header and notes included (what the plan checks and the type generator read). */
  text: string;
  /**
   * What Neo4j is sent, once its `{{#if}}` sections are rendered (QueryCatalog.statementFor): the text without its
   * comment lines (about a third of a statement page's text, sent and parsed for nothing), under one naming the
   * file, so Neo4j's query log and `SHOW TRANSACTIONS` still say which statement ran. The length itself costs
   * little: a page statement padded from 0.9 to 3.1 KB (three Bolt chunks of 1,400 bytes instead of one,
   * neo4j-driver-bolt-connection channel/chunking.js) cost no measurable CPU in a loop on the driver.
   */
  statement: string;
  /** Parameter names, sorted. */
  params: string[];
  /** Column names, in the order the header gives them. */
  columns: string[];
  /** The header's parameters and columns with their types, in header order. */
  fields: { params: CypherField[]; columns: CypherField[] };
  /** `statement` split at its `{{#if …}}` sections (`$include`), or undefined when it has none. */
  sections?: Section[];
}

/** A statement's text between its sections, or a section: what `then` holds when `$include` names `include`, else `otherwise`. */
export type Section = string | { include: string; then: Section[]; otherwise: Section[] };

const SECTION_TAG = /\{\{(?:#if\s+([A-Za-z]+)|(#else)|(\/if))\}\}/g;

/** `{{#if name}}…{{#else}}…{{/if}}` → sections; throws on an unknown name or an unbalanced tag. */
export function parseSections(name: string, text: string): Section[] {
  const root: Section[] = [];
  const open: { include: string; then: Section[]; otherwise: Section[]; inElse: boolean }[] = [];
  const current = () => (open.length === 0 ? root : open[open.length - 1].inElse ? open[open.length - 1].otherwise : open[open.length - 1].then);
  let last = 0;
  for (const match of text.matchAll(SECTION_TAG)) {
    current().push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [, include, isElse] = match;
    if (include) {
      if (!(INCLUDES as readonly string[]).includes(include))
        throw new Error(`cypher/${name}.cypher: {{#if ${include}}} names no $include value (INCLUDES, src/graph/rows.ts)`);
      const section = { include, then: [], otherwise: [], inElse: false };
      current().push(section);
      open.push(section);
    } else if (isElse) {
      if (open.length === 0 || open[open.length - 1].inElse) throw new Error(`cypher/${name}.cypher: {{#else}} outside an {{#if}}, or twice in one`);
      open[open.length - 1].inElse = true;
    } else if (!open.pop()) throw new Error(`cypher/${name}.cypher: {{/if}} without its {{#if}}`);
  }
  if (open.length > 0) throw new Error(`cypher/${name}.cypher: {{#if ${open[open.length - 1].include}}} is not closed`);
  current().push(text.slice(last));
  return root;
}

/** The text of sections for what `include` holds. */
export function renderSections(sections: readonly Section[], include: ReadonlySet<string>): string {
  return sections.map((part) => (typeof part === 'string' ? part : renderSections(include.has(part.include) ? part.then : part.otherwise, include))).join('');
}

/** Renderings kept per statement (one per distinct `$include`); past this, the oldest goes. */
export const MAX_RENDERINGS = 256;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : path.endsWith('.cypher') ? [path] : [];
  });
}

/** Splits at the commas outside brackets, so a type such as `Record<string, unknown>` stays whole. */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i];
    if ('<([{'.includes(c)) depth += 1;
    else if ('>)]}'.includes(c)) depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((p) => p.trim());
}

/** `$kind: EntityKind | null, $limit: Integer` → fields; `none` (or `-`, or nothing) → no fields. */
function headerList(header: string[], key: string): CypherField[] | undefined {
  const line = header.find((l) => l.toLowerCase().startsWith(`${key}:`));
  if (!line) return undefined;
  const value = line.slice(key.length + 1).trim();
  if (value === '' || value === '-' || value.toLowerCase() === 'none') return [];
  return splitTopLevel(value).map((entry) => {
    const colon = entry.indexOf(':');
    const name = (colon < 0 ? entry : entry.slice(0, colon)).trim().replace(/^\$/, '');
    return colon < 0 ? { name } : { name, type: entry.slice(colon + 1).trim() };
  });
}

/** Parameter names used in a statement; string literals and comments are skipped. */
export function usedParams(text: string): string[] {
  const code = text.replace(/\/\/.*$/gm, '').replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

/** Name of one variant of a file: its literals in the order given, e.g. `path/shortest?maxHops=4&walks=6`. */
export function variantName<N extends string>(name: N, literals: Record<string, number | string>): `${N}?${string}` {
  return `${name}?${Object.entries(literals)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}`;
}

/** Whether a file is a family of variants (a `// variants:` header line). */
export function hasVariants(source: string): boolean {
  return /^\/\/\s*variants:/m.test(source);
}

/** Where the shared pieces of statements live: cypher/fragments/<name>.cypher, not statements themselves. */
const FRAGMENTS = 'fragments';

/** Every statement file under `dir` with its catalog name (its path under cypher/ without the extension), sorted by name, fragments expanded. */
export function readCypherFiles(dir: string = CYPHER_DIR): { name: string; source: string }[] {
  const files = listFiles(dir).map((file) => ({
    name: relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.cypher$/, ''),
    source: readFileSync(file, 'utf8'),
  }));
  const fragments = new Map(files.filter((f) => f.name.startsWith(`${FRAGMENTS}/`)).map((f) => [f.name.slice(FRAGMENTS.length + 1), f.source]));
  return files
    .filter((f) => !f.name.startsWith(`${FRAGMENTS}/`))
    .map((f) => ({ name: f.name, source: expandFragments(f.name, f.source, fragments) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A file's code without its `//` comment lines (a fragment's body, the statement Neo4j is sent). */
function withoutCommentLines(source: string): string {
  return source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/**
 * `{{> name variable}}` → the text of cypher/fragments/name.cypher without its comment lines, with `{{owner}}`
 * in it replaced by `variable` (the node or relationship the fragment reads). A fragment may include another.
 * So a projection several statements share (a statement's links, an owner's evidence spans) is written once.
 */
export function expandFragments(name: string, source: string, fragments: Map<string, string>, depth = 0): string {
  if (depth > 10) throw new Error(`cypher/${name}.cypher: fragments nest more than 10 deep: do they include each other in a cycle?`);
  return source.replace(/\{\{>\s*([\w-]+)(?:\s+([A-Za-z_]\w*))?\s*\}\}/g, (_token, fragment: string, owner: string | undefined) => {
    const text = fragments.get(fragment);
    if (text === undefined) throw new Error(`cypher/${name}.cypher: no fragment cypher/${FRAGMENTS}/${fragment}.cypher`);
    const body = withoutCommentLines(text);
    if (body.includes('{{owner}}') && !owner) throw new Error(`cypher/${name}.cypher: fragment ${fragment} needs a variable: {{> ${fragment} <variable>}}`);
    return expandFragments(name, owner ? body.replaceAll('{{owner}}', owner) : body, fragments, depth + 1);
  });
}

/** `maxHops=1..6, walks=2|6|20, direction=ASC|DESC` → every combination, in order. */
function variantCombinations(name: string, spec: string): Record<string, number | string>[] {
  let combinations: Record<string, number | string>[] = [{}];
  for (const part of spec.split(',').map((p) => p.trim())) {
    const words = /^([A-Za-z]+)=([A-Za-z]\w*(?:\|[A-Za-z]\w*)*)$/.exec(part);
    const m = /^([A-Za-z]+)=(\d+)\.\.(\d+)$/.exec(part) ?? /^([A-Za-z]+)=(\d+(?:\|\d+)*)$/.exec(part) ?? words;
    if (!m) throw new Error(`cypher/${name}.cypher: cannot read the variant "${part}" (write key=1..6, key=2|6|20 or key=ASC|DESC)`);
    const values: (number | string)[] = words
      ? words[2].split('|')
      : m[3] !== undefined
        ? Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => Number(m[2]) + i)
        : m[2].split('|').map(Number);
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
  const statement = `// cypher/${name}\n${withoutCommentLines(source)}`;
  const sections = statement.includes('{{#if') ? parseSections(name, statement) : undefined;
  // A statement with sections reads `$include` as it is rendered (QueryCatalog.statementFor), whether or not Neo4j does.
  const used = sections ? [...new Set([...usedParams(text), 'include'])].sort() : usedParams(text);
  const declared = params.map((p) => p.name).sort();
  if (used.join(',') !== declared.join(',')) {
    throw new Error(`cypher/${name}.cypher: header declares params [${declared.join(', ')}] but the statement uses [${used.join(', ')}]`);
  }
  return {
    name,
    text,
    statement,
    params: declared,
    columns: columns.map((c) => c.name),
    fields: { params, columns },
    ...(sections ? { sections } : {}),
  };
}

export class QueryCatalog {
  private readonly byName: Map<string, CypherQuery>;
  private readonly renderings = new Map<string, Map<string, string>>();

  constructor(queries: CypherQuery[]) {
    this.byName = new Map(queries.map((q) => [q.name, q]));
  }

  static load(dir: string = CYPHER_DIR): QueryCatalog {
    return new QueryCatalog(readCypherFiles(dir).flatMap(({ name, source }) => expandVariants(name, source)));
  }

  get(name: string): CypherQuery {
    const query = this.byName.get(name);
    if (!query) throw new Error(`unknown Cypher query "${name}" (no file cypher/${name}.cypher)`);
    return query;
  }

  /**
   * What Neo4j is sent for a statement run with these parameters: its sections rendered for their `include`
   * (none when absent), kept per distinct `include`.
   */
  statementFor(name: string, params?: object): string {
    const query = this.get(name);
    if (!query.sections) return query.statement;
    const include: readonly string[] = (params as { include?: readonly string[] } | undefined)?.include ?? [];
    const key = include.join(',');
    let renderings = this.renderings.get(name);
    if (!renderings) this.renderings.set(name, (renderings = new Map()));
    let text = renderings.get(key);
    if (text === undefined) {
      text = renderSections(query.sections, new Set(include));
      if (renderings.size >= MAX_RENDERINGS) renderings.delete(renderings.keys().next().value!);
      renderings.set(key, text);
    }
    return text;
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }
}
