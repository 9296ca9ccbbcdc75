/** Writes schema/schema.graphql from the code (`npm run schema:emit`); test/unit/schema.test.ts checks it. */
import { writeFileSync } from 'node:fs';
import { projectPath } from '../src/paths';
import { schemaSdl } from '../src/schema';

const target = projectPath('schema', 'schema.graphql');
schemaSdl().then((sdl) => {
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
});
