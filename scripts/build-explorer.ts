/**
 * Builds the explorer page (explorer/, served at /explore by src/http/explore.ts) into dist/explorer/: checks
 * the operations of schema/explorer.graphql against schema/schema.graphql, bundles explorer/main.ts with
 * esbuild (Cytoscape.js and fCoSE included, so the page needs nothing from the internet) and hands it each
 * operation's text with the fragments it spreads, and copies the HTML and CSS beside it.
 * `npm run build` runs it; the browser test builds it before it starts.
 */
import { build } from 'esbuild';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { Kind, buildSchema, parse, validate } from 'graphql';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printedOperations } from '../src/common/documents';
import { projectPath } from '../src/paths';

export const EXPLORER_OUT = projectPath('dist', 'explorer');

/** Each named operation, printed with the fragments it spreads (directly or through others), by name. */
export function explorerOperations(source: string, schemaSource: string): Record<string, string> {
  const document: DocumentNode = parse(source);
  const errors = validate(buildSchema(schemaSource), document);
  if (errors.length) throw new Error(`schema/explorer.graphql does not fit the schema:\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
  for (const op of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    if (!op.name) throw new Error('schema/explorer.graphql: every operation needs a name (the page sends it by name)');
  }
  return printedOperations(document);
}

export async function buildExplorer(outDir: string = EXPLORER_OUT): Promise<void> {
  const operations = explorerOperations(
    readFileSync(projectPath('schema', 'explorer.graphql'), 'utf8'),
    readFileSync(projectPath('schema', 'schema.graphql'), 'utf8'),
  );
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [projectPath('explorer', 'main.ts')],
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    outfile: join(outDir, 'explorer.js'),
    define: { EXPLORER_OPERATIONS: JSON.stringify(operations) },
    // csv-stringify's browser build: its default ESM build reaches for Node's Buffer (the unit tier, on Node,
    // imports the plain entry point).
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    logLevel: 'warning',
    // The bundle's own licence comments stay in the .js file's end, as the packages' licences ask.
    legalComments: 'eof',
  });
  for (const file of ['index.html', 'explorer.css']) copyFileSync(projectPath('explorer', file), join(outDir, file));
}

if (require.main === module) {
  const started = Date.now();
  buildExplorer().then(
    () => console.log(`explorer: built into ${EXPLORER_OUT} (${Date.now() - started} ms)`),
    (error: Error) => {
      console.error(`explorer: ${error.message}`);
      process.exit(1);
    },
  );
}
