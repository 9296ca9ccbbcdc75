/** Writes src/db/queries.generated.ts from the `.cypher` headers (`npm run cypher:types`); a unit test checks it. */
import { writeFileSync } from 'node:fs';
import { projectPath } from '../src/paths';
import { readCypherFiles } from '../src/db/queries';
import { GENERATED_FILE, renderQueryTypes } from '../src/db/query-types';

const target = projectPath(GENERATED_FILE);
writeFileSync(target, renderQueryTypes(readCypherFiles()));
console.log(`wrote ${target}`);
