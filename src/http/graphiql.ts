/**
 * GraphiQL served from npm packages (Apollo's default landing page loads from a CDN and fails offline; README.md,
 * "Dependencies and why"). GET /graphql from a browser gets this page; its scripts come from /graphiql-assets.
 * It opens with one tab per named operation of schema/operations.graphql, each with its declared default
 * variables, so every example runs with one click.
 */
import type express from 'express';
import { Router } from 'express';
import type { DocumentNode, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { Kind, parse, valueFromASTUntyped } from 'graphql';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectPath } from '../paths';
import { fragmentsOf, fragmentsUsed } from '../common/documents';

const ASSETS: Record<string, string> = {
  'react.js': join(dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'),
  'react-dom.js': join(dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'),
  'graphiql.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

/**
 * One preloaded tab, GraphiQL 3's `TabDefinition` (node_modules/@graphiql/react/types/editor/tabs.d.ts):
 * the contents of the operation editor and of the variables editor. GraphiQL titles a tab with the operation
 * name it finds in `query`.
 */
export interface GraphiqlTab {
  query: string;
  /** A JSON object of the operation's declared default values; absent when it declares none. */
  variables?: string;
}

/** The `#` lines right above `offset` (no blank line between): the comment that describes an operation. */
function leadingComment(source: string, offset: number): string {
  const before = source.slice(0, offset).split('\n');
  before.pop(); // the operation's own line, up to where the operation starts
  const comment: string[] = [];
  for (let line = before.pop(); line !== undefined && line.trimStart().startsWith('#'); line = before.pop()) comment.unshift(line);
  return comment.length ? `${comment.join('\n')}\n` : '';
}

/**
 * A tab for each named operation of an operations document, in file order: its comment and text as written
 * (plus the fragments it spreads, so the tab runs alone), and its declared variable defaults as the variables
 * JSON, so the variables editor shows what a run sends and what to change.
 */
export function exampleTabs(source: string): GraphiqlTab[] {
  const document: DocumentNode = parse(source);
  const text = (node: OperationDefinitionNode | FragmentDefinitionNode): string => source.slice(node.loc!.start, node.loc!.end);
  const fragments = fragmentsOf(document);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && !!d.name)
    .map((op) => {
      const query = [leadingComment(source, op.loc!.start) + text(op), ...fragmentsUsed(op, fragments).map(text)].join('\n\n');
      const defaults = Object.fromEntries(
        (op.variableDefinitions ?? []).filter((v) => v.defaultValue).map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]),
      );
      return Object.keys(defaults).length ? { query: `${query}\n`, variables: JSON.stringify(defaults, null, 2) } : { query: `${query}\n` };
    });
}

/** Read once when the server module loads, not per request: the file is part of the checkout. */
const EXAMPLE_TABS = exampleTabs(readFileSync(projectPath('schema', 'operations.graphql'), 'utf8'));

/** JSON that is safe inside an inline <script>: no `</script>` or `<!--` can end or change it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function graphiqlPage(endpoint: string, tabs: GraphiqlTab[] = EXAMPLE_TABS): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>News knowledge graph · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql-assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql-assets/react.js"></script>
  <script src="/graphiql-assets/react-dom.js"></script>
  <script src="/graphiql-assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(endpoint)} });
    // defaultTabs applies only while the browser has no tab state of GraphiQL's in its local storage
    // (node_modules/@graphiql/react/types/editor/context.d.ts); README.md, "Using the API", says how to reset it.
    const defaultTabs = ${scriptJson(tabs)};
    // GraphiQL opens the variables pane only for variables given as a prop (node_modules/graphiql/dist/GraphiQL.js),
    // not for those of defaultTabs: open it, so a tab's defaults are in view and ready to change.
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs, defaultEditorToolsVisibility: 'variables' }),
    );
  </script>
</body>
</html>`;
}

/** The scripts and styles of the page, mounted at /graphiql-assets. */
export function graphiqlAssets(): Router {
  const router = Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  return router;
}

/** True for a browser navigating to the endpoint (not a GraphQL GET request from a client). */
export function wantsGraphiql(req: express.Request): boolean {
  return req.method === 'GET' && req.accepts(['text/html', 'application/json']) === 'text/html' && !req.query.query;
}
