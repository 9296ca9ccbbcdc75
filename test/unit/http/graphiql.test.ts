import { readFileSync } from 'node:fs';
import type { OperationDefinitionNode } from 'graphql';
import { buildSchema, Kind, parse, validate, valueFromASTUntyped } from 'graphql';
import type { GraphiqlTab } from '../../../src/http/graphiql';
import { exampleTabs, graphiqlPage } from '../../../src/http/graphiql';
import { projectPath } from '../../../src/paths';

/** The tabs as the browser gets them: the JSON literal the page hands to GraphiQL's defaultTabs. */
function servedTabs(html: string): GraphiqlTab[] {
  const literal = /const defaultTabs = (.*);\n/.exec(html);
  if (!literal) throw new Error('no defaultTabs in the page');
  return JSON.parse(literal[1]) as GraphiqlTab[];
}

describe('exampleTabs', () => {
  const source = `# Section header, apart from the operation

# What the first one does,
# on two lines.
query First($id: ID! = "person:x", $n: Int = 3, $kinds: [Kind!] = [A, B], $after: String) {
  node(id: $id) { ...Named }
}

query NoVariables { a }

{ unnamed }

fragment Named on Node { id ...Deeper }
fragment Deeper on Node { name }
fragment Unused on Node { id }
`;

  it('makes a tab per named operation with its comment, its text as written and the fragments it spreads', () => {
    const [first, second, ...rest] = exampleTabs(source);
    expect(rest).toEqual([]);
    expect(first.query).toBe(`# What the first one does,
# on two lines.
query First($id: ID! = "person:x", $n: Int = 3, $kinds: [Kind!] = [A, B], $after: String) {
  node(id: $id) { ...Named }
}

fragment Named on Node { id ...Deeper }

fragment Deeper on Node { name }
`);
    expect(second).toEqual({ query: 'query NoVariables { a }\n' });
  });

  it('fills the variables editor with the declared defaults only', () => {
    const [first] = exampleTabs(source);
    expect(JSON.parse(first.variables!)).toEqual({ id: 'person:x', n: 3, kinds: ['A', 'B'] });
  });
});

describe('GraphiQL over schema/operations.graphql', () => {
  const source = readFileSync(projectPath('schema', 'operations.graphql'), 'utf8');
  const operations = parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const html = graphiqlPage('/graphql');
  const tabs = servedTabs(html);

  it('opens with one tab per named operation, in file order', () => {
    expect(operations.length).toBeGreaterThan(5);
    expect(tabs.map((tab) => (parse(tab.query).definitions[0] as OperationDefinitionNode).name?.value)).toEqual(operations.map((op) => op.name!.value));
  });

  it('carries each operation’s declared defaults as its variables', () => {
    operations.forEach((op, i) => {
      const defaults = Object.fromEntries(
        (op.variableDefinitions ?? []).filter((v) => v.defaultValue).map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]),
      );
      expect({ name: op.name!.value, variables: tabs[i].variables ? JSON.parse(tabs[i].variables!) : {} }).toEqual({
        name: op.name!.value,
        variables: defaults,
      });
    });
    expect(JSON.parse(tabs.find((tab) => tab.query.includes('query WhatDidXiSay'))!.variables!)).toEqual({
      speakerId: 'person:xi-jinping',
      first: 20,
    });
  });

  it('gives every tab a document that is valid on its own against the schema', () => {
    const schema = buildSchema(readFileSync(projectPath('schema', 'schema.graphql'), 'utf8'));
    for (const tab of tabs) expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
  });

  it('keeps an operation’s text from ending the inline script', () => {
    const page = graphiqlPage('/graphql', [{ query: '# </script><script>alert(1)</script>\n{ a }\n' }]);
    expect(page.match(/<\/script>/g)).toHaveLength(4); // the three asset scripts and the inline one
    expect(servedTabs(page)).toEqual([{ query: '# </script><script>alert(1)</script>\n{ a }\n' }]);
  });

  it('loads its assets from this server only', () => {
    expect(html).not.toMatch(/https?:\/\//);
  });
});
