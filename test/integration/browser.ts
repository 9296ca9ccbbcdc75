/**
 * What the browser tests (graphiql.int.test.ts, explorer.int.test.ts) share: Debian's Chromium and
 * playwright-core. The package is loaded at run time only, typed by each test with the little of its API it uses,
 * so type-checking does not need it; page-side code is passed as expression strings, since this project compiles
 * without the DOM's types (tsconfig.json "lib").
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** playwright-core, or undefined without it. */
export function loadPlaywright<Playwright>(): Playwright | undefined {
  try {
    // A run-time require, not an import: without the package the rest of the tier still compiles and runs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('playwright-core') as Playwright;
  } catch {
    return undefined;
  }
}

/**
 * What a browser suite lacks here ('' when nothing), and `describe` to declare it with: a developer without
 * Chromium still runs the rest of the tier (the suite is skipped), while CI (CI=true, .ci/run) must run it.
 */
export function browserSuite(playwright: unknown): { missing: string; describeBrowser: jest.Describe } {
  const missing = [!existsSync(CHROMIUM) && `Chromium (${CHROMIUM})`, !playwright && 'playwright-core'].filter(Boolean).join(' and ');
  return { missing, describeBrowser: missing && !process.env.CI ? describe.skip : describe };
}
