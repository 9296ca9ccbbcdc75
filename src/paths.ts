/**
 * The project root, found from this file whether it runs from src/ (ts-node, jest) or dist/src/ (npm start),
 * so data folders (cypher/, seed/articles/, neo4j/) resolve the same way in both.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the project root above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
export const projectPath = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
