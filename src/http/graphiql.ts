/**
 * GraphiQL served from npm packages (Apollo's default landing page loads from a CDN and fails offline; README.md,
 * "Dependencies and why"). GET /graphql from a browser gets this page; its scripts come from /graphiql-assets.
 */
import type express from 'express';
import { Router } from 'express';
import { dirname, join } from 'node:path';

const ASSETS: Record<string, string> = {
  'react.js': join(dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'),
  'react-dom.js': join(dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'),
  'graphiql.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

const EXAMPLE_QUERY = `# News knowledge graph. Ctrl-Enter runs, Ctrl-Space completes.
# Named examples for every use: schema/operations.graphql
query Articles {
  articles { id title publishedOn }
}
`;

export function graphiqlPage(endpoint: string): string {
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
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} }),
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
