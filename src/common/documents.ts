/** GraphQL documents of operations (schema/*.graphql): an operation with the fragments it needs, to send it alone. */
import type { DocumentNode, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { Kind, print, visit } from 'graphql';

/** The document's fragments by name. */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
}

/** The fragments an operation spreads, directly or through other fragments, in the order they are met. */
export function fragmentsUsed(op: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          walk(fragment);
        }
      },
    });
  };
  walk(op);
  return [...used.values()];
}

/**
 * Each named operation of a document, printed (graphql-js `print`) with the fragments it spreads, by name: the
 * text the explorer page sends for it (scripts/build-explorer.ts bundles these; src/http/limits-trusted.ts
 * trusts them).
 */
export function printedOperations(document: DocumentNode): Record<string, string> {
  const fragments = fragmentsOf(document);
  const operations: Record<string, string> = {};
  for (const op of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    if (!op.name) continue;
    operations[op.name.value] = [op, ...fragmentsUsed(op, fragments)].map((d) => print(d)).join('\n\n');
  }
  return operations;
}
