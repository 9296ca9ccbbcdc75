/**
 * Applies cypher/constraints.cypher: schema statements cannot share a transaction with each other or with
 * data writes, so each runs on its own. All are IF NOT EXISTS, so this is safe on every start.
 */
import type { Database } from './database';

export async function applyConstraints(db: Database): Promise<number> {
  // The catalog's `statement` has the comment lines out already (src/db/queries.ts parseCypherFile).
  const statements = db.queries
    .get('constraints')
    .statement.split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const statement of statements) {
    await db.driver.executeQuery(statement, {}, { database: db.database });
  }
  // Full-text queries on a just-created index see nothing until it is populated.
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db.database });
  return statements.length;
}
