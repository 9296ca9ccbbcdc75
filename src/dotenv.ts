/** Loads ./.env when present (Node's own loader; real environment variables win). */
import { existsSync } from 'node:fs';
import { projectPath } from './paths';

export function loadDotEnv(path = projectPath('.env')): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
