/**
 * GraphiQL as a person meets it: the served page preloads a tab per operation of schema/operations.graphql with
 * its default variables, each of those tabs answers with data, and in a real browser (Debian's Chromium driven
 * by playwright-core) the tabs show their names and a click on Run shows the answer, with no request leaving
 * this server. The browser part needs /usr/bin/chromium (or CHROMIUM_PATH) and playwright-core; .ci/run
 * installs Chromium, and CI fails rather than skips when either is missing.
 */
import { readFileSync } from 'node:fs';
import type { OperationDefinitionNode } from 'graphql';
import { Kind, parse } from 'graphql';
import type { GraphiqlTab } from '../../src/http/graphiql';
import { projectPath } from '../../src/paths';
import { browserSuite, CHROMIUM, loadPlaywright } from './browser';
import { useTestApp } from './harness';

const operationNames = parse(readFileSync(projectPath('schema', 'operations.graphql'), 'utf8'))
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((op) => op.name!.value);

async function servedPage(base: string): Promise<{ html: string; tabs: GraphiqlTab[] }> {
  const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const html = await response.text();
  const literal = /const defaultTabs = (.*);\n/.exec(html);
  if (!literal) throw new Error('the GraphiQL page hands no defaultTabs to GraphiQL');
  return { html, tabs: JSON.parse(literal[1]) as GraphiqlTab[] };
}

const app = useTestApp();

describe('GraphiQL', () => {
  it('serves a page that preloads every operation with its default variables', async () => {
    const { html, tabs } = await servedPage(app.http);
    expect(operationNames).toHaveLength(16);
    for (const name of operationNames) expect(html).toContain(`query ${name}`);
    expect(tabs.map((tab) => /query (\w+)/.exec(tab.query)?.[1])).toEqual(operationNames);
    const variables = Object.fromEntries(tabs.map((tab) => [/query (\w+)/.exec(tab.query)![1], JSON.parse(tab.variables ?? '{}')]));
    expect(variables.PathBetween).toEqual({ fromId: 'person:wang-yi', toId: 'person:alexander-gabuev', maxHops: 4, first: 3 });
    expect(variables.WhoHoldsWhichRole).toEqual({ types: ['LEADS', 'REPRESENTS', 'DIRECTS', 'AFFILIATED_WITH'] });
    expect(variables.WhoAccusedOrDenied).toEqual({});
    expect(variables.MostMentioned).toEqual({ kinds: ['PERSON', 'COUNTRY'], first: 10 });
    expect(variables.StatementCounts).toEqual({ groupBy: 'SPEAKER', first: 10 });
  });

  it('has tabs that each answer with data over HTTP, as the Run button sends them', async () => {
    const { tabs } = await servedPage(app.http);
    for (const tab of tabs) {
      const response = await fetch(`${app.http}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: tab.query, variables: tab.variables ? JSON.parse(tab.variables) : undefined }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      const name = /query (\w+)/.exec(tab.query)![1];
      expect({ name, status: response.status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      expect(Object.values(body.data ?? {}).some((value) => value !== null)).toBe(true);
    }
  });
});

// --- In a real browser ---------------------------------------------------------------------------------------

/** The little of playwright-core's API used here (loaded at run time: test/integration/browser.ts). */
interface Page {
  on(event: 'request', listener: (request: { url(): string }) => void): void;
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  waitForFunction(expression: string, arg?: undefined, options?: { timeout?: number }): Promise<unknown>;
  evaluate<R>(expression: string): Promise<R>;
  click(selector: string): Promise<void>;
  isVisible(selector: string): Promise<boolean>;
  screenshot(options: { path: string }): Promise<unknown>;
}
interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(options: { executablePath: string; args: string[] }): Promise<Browser> };
}

/** Page-side: the CodeMirror 5 instance (GraphiQL 3's editors) inside `selector`. */
const editor = (selector: string): string => `document.querySelector(${JSON.stringify(`${selector} .CodeMirror`)})?.CodeMirror`;
const QUERY_EDITOR = editor('.graphiql-query-editor');
/**
 * Page-side: true once that editor holds `text`. It asks the editor for its whole value: CodeMirror draws only the
 * lines in view, so a long response's tail is not in the DOM's text.
 */
const editorHolds = (selector: string, text: string): string => `${editor(selector)}?.getValue().includes(${JSON.stringify(text)}) ?? false`;

const playwright = loadPlaywright<Playwright>();
const { missing: browserMissing, describeBrowser } = browserSuite(playwright);

describeBrowser('GraphiQL in Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (browserMissing) throw new Error(`the GraphiQL browser test needs ${browserMissing} (.ci/run installs Chromium; playwright-core is a devDependency)`);
    // Flags: Chromium as root needs --no-sandbox (playwright passes it); the background-networking ones keep it
    // from calling Google's services, which a machine without internet refuses or lets hang.
    browser = await playwright!.chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a tab per operation, runs one and shows its data, with nothing fetched from elsewhere', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(app.http).origin) elsewhere.push(request.url());
    });
    await page.goto(`${app.http}/graphql`);
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    expect(await page.evaluate(`[...document.querySelectorAll('.graphiql-tab .graphiql-tab-button')].map((tab) => tab.textContent.trim())`)).toEqual(
      operationNames,
    );

    // The tab of WhatDidXiSay: its variables editor holds its defaults, and Run answers from the graph.
    await page.click(`.graphiql-tab:nth-child(${operationNames.indexOf('WhatDidXiSay') + 1}) .graphiql-tab-button`);
    await page.waitForFunction(editorHolds('.graphiql-query-editor', 'query WhatDidXiSay'));
    await page.waitForFunction(editorHolds('.graphiql-editor-tool', '"speakerId": "person:xi-jinping"'));
    expect(await page.isVisible('.graphiql-editor-tool .CodeMirror')).toBe(true);
    // GraphiQL reads the operation name from the editor 100 ms after a change (debounced; @graphiql/react's
    // query editor) and Run sends that name: a click before then would ask for the previous tab's operation.
    await page.waitForFunction(`${QUERY_EDITOR}.operationName === 'WhatDidXiSay'`);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(editorHolds('.graphiql-response', 'are good neighbors that cannot be moved apart'), undefined, { timeout: 30_000 });
    if (process.env.GRAPHIQL_SCREENSHOT) await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT });
    expect(elsewhere).toEqual([]);
  }, 90_000);
});
