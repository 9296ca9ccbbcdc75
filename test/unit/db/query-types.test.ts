/** The typed catalog (src/db/queries.generated.ts) is what the `.cypher` headers say, like schema/schema.graphql. */
import { readFileSync } from 'node:fs';
import type { QueryRunner } from '../../../src/db/database';
import { readCypherFiles } from '../../../src/db/queries';
import { GENERATED_FILE, renderQueryTypes } from '../../../src/db/query-types';
import { projectPath } from '../../../src/paths';

describe('src/db/queries.generated.ts', () => {
  it('matches the .cypher headers (run `npm run cypher:types` after changing a header)', () => {
    expect(readFileSync(projectPath(GENERATED_FILE), 'utf8')).toBe(renderQueryTypes(readCypherFiles()));
  });

  it('makes the compiler refuse an unknown name, a wrong parameter and an unknown column', () => {
    // Never run: ts-jest type-checks this file, and an unused @ts-expect-error is itself an error.
    const misuses = async (db: QueryRunner) => {
      // @ts-expect-error no file cypher/statement/by-id.cypher
      await db.read('statement/by-id', { ids: [] });
      // @ts-expect-error $ids is a list of ids
      await db.read('statement/by-ids', { ids: 'statement:x' });
      // @ts-expect-error $limit is required
      await db.read('timeline/page', { from: null, to: null, afterDay: null, afterId: null });
      const [row] = await db.read('timeline/count', { from: null, to: null });
      // @ts-expect-error the row has `total`, not `count`
      return row.count;
    };
    expect(misuses).toBeInstanceOf(Function);
  });

  it('refuses a header entry without a type, naming the file and the entry', () => {
    expect(() => renderQueryTypes([{ name: 'x/bad', source: '// params: $id\n// columns: n: number\nMATCH (n {id: $id}) RETURN 1 AS n' }])).toThrow(
      'cypher/x/bad.cypher: $id has no type in the "// params:" header (write name: Type)',
    );
  });

  it('keeps a type with commas whole and imports the named types from src/graph', () => {
    const out = renderQueryTypes([
      {
        name: 'x/ok',
        source:
          '// Rows.\n// params: $rows: Record<string, unknown>[], $limit: Integer\n// columns: entity: EntityNode\nUNWIND $rows AS r RETURN r LIMIT $limit',
      },
    ]);
    expect(out).toContain("'x/ok': {\n    params: { rows: Record<string, unknown>[]; limit: Integer };\n    row: { entity: EntityNode };");
    expect(out).toContain("import type { EntityNode } from '../graph';");
  });
});
