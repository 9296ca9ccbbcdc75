/**
 * What the client's selection set asks for below the field being resolved (GraphQL lookahead), so a repository
 * can fetch the nested data a shape is known to need in the root statement instead of one round trip per level.
 * graphql-parse-resolve-info resolves fragments, aliases, @skip/@include and type conditions.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Include } from '../graph';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { parseResolveInfo } from 'graphql-parse-resolve-info';

/** A selection set below the field being resolved: `get` walks down by field name, `has` asks for a child field. */
export class Selection {
  /** The child fields of every tree, listed once when first asked for (a resolver asks a dozen questions). */
  private childList?: ResolveTree[];
  private childNames?: ReadonlySet<string>;

  private constructor(private readonly trees: ResolveTree[]) {}

  static of(info: GraphQLResolveInfo): Selection {
    const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
    return new Selection(tree ? [tree] : []);
  }

  /** The selection of a child field (all its occurrences: aliases and fragments merged). */
  get(...path: string[]): Selection {
    return path.reduce((selection: Selection, name) => new Selection(selection.children().filter((child) => child.name === name)), this);
  }

  /**
   * Each occurrence of a child field (an alias, or a fragment's own copy) with its coerced arguments (variables
   * and defaults applied) and its selection: a parent can fetch a child list ahead only when it knows its arguments.
   */
  occurrences(name: string): { args: Record<string, unknown>; selection: Selection }[] {
    return this.children()
      .filter((child) => child.name === name)
      .map((child) => ({ args: child.args, selection: new Selection([child]) }));
  }

  /** Whether any of these child fields is selected. */
  has(...names: string[]): boolean {
    const selected = this.names();
    return names.some((name) => selected.has(name));
  }

  /** Whether every selected child field is one of these. */
  within(names: ReadonlySet<string>): boolean {
    for (const name of this.names()) if (!names.has(name)) return false;
    return true;
  }

  private children(): ResolveTree[] {
    this.childList ??= this.trees.flatMap(children);
    return this.childList;
  }

  private names(): ReadonlySet<string> {
    this.childNames ??= new Set(this.children().map((child) => child.name));
    return this.childNames;
  }
}

function children(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}

/** The fields of an evidence span that its offsets and words answer (cypher/fragments/evidence-spans.cypher 'quotesOnly'). */
const QUOTE_FIELDS: ReadonlySet<string> = new Set(['__typename', 'start', 'end', 'quote']);

/**
 * 'evidence' when the object's `evidence` field is selected; with 'passages' when the spans' `passage` is, or
 * 'quotesOnly' when only their offsets and words are.
 */
export function evidenceIncludes(node: Selection): Include[] {
  if (!node.has('evidence')) return [];
  const spans = node.get('evidence');
  if (spans.has('passage')) return ['evidence', 'passages'];
  return spans.within(QUOTE_FIELDS) ? ['evidence', 'quotesOnly'] : ['evidence'];
}
