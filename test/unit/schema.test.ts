import { readFileSync } from 'node:fs';
import { projectPath } from '../../src/paths';
import { schemaSdl } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema:emit` after changing types)', async () => {
    const committed = readFileSync(projectPath('schema', 'schema.graphql'), 'utf8');
    expect(await schemaSdl()).toBe(committed);
  });
});
