/**
 * How fast the explorer page shows a 100-node neighbourhood, in headless Chromium (Debian's `chromium` driven
 * by playwright-core), against a throwaway Neo4j holding the article plus a generated corpus (seed/corpus/,
 * seed 42) whose biggest hub has more than 100 nodes within two hops, so `depth 2, limit 100` answers exactly
 * 100 nodes.
 *
 * For each sample a fresh page opens `/explore?focus=<hub>&depth=2&limit=100` and the page's own performance
 * marks (explorer/main.ts) give: request → answer (the POST /graphql round trip, API and Neo4j included),
 * answer → painted (fCoSE layout and Cytoscape's first frame with the graph; answer → laid out is the layout
 * alone), and navigation → painted. The
 * baseline is the same page with nothing to show (`/explore`): navigation → first contentful paint.
 *
 * Usage: npm run bench:explorer [-- --entities 2000 --samples 15]. Results: bench/results/explorer.json.
 * Timings only: nothing here is asserted.
 */
import '../src/production-mode';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExplorer } from '../scripts/build-explorer';
import { writeCorpus } from '../seed/corpus';
import { articleFolders, runSeed } from '../seed/seed';
import { projectPath } from '../src/paths';
import { percentile, round1, startStack } from './common';

interface Page {
  goto(url: string): Promise<unknown>;
  waitForFunction(expression: string, arg?: undefined, options?: { timeout?: number }): Promise<unknown>;
  evaluate<R>(expression: string): Promise<R>;
  close(): Promise<void>;
}
interface Browser {
  newPage(options: { viewport: { width: number; height: number }; bypassCSP?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ENTITIES = arg('entities', 2000);
const SAMPLES = arg('samples', 15);
const WARMUP = 2;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Page-side: the marks and entries this bench reads, in ms since navigation start. */
const TIMINGS = `(() => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  return {
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    request: mark('explorer:neighbourhood-request'),
    answer: mark('explorer:neighbourhood-answer'),
    laidOut: mark('explorer:laid-out'),
    painted: mark('explorer:graph-painted'),
    nodes: window.explorerCy.nodes().length,
    edges: window.explorerCy.edges().length,
  };
})()`;

interface Timings {
  fcp: number | null;
  request: number | null;
  answer: number | null;
  laidOut: number | null;
  painted: number | null;
  nodes: number;
  edges: number;
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round1(percentile(sorted, 50)), p95: round1(percentile(sorted, 95)), min: round1(sorted[0]), max: round1(sorted[sorted.length - 1]) };
};

async function main(): Promise<void> {
  const log = (line: string) => console.error(line);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-bench-'));
  log(`generating a ${ENTITIES}-entity corpus…`);
  const manifest = await writeCorpus({ entities: ENTITIES, seed: 42, out: dir, log: () => undefined });
  const stack = await startStack({ log: () => undefined });
  let browser: Browser | undefined;
  try {
    await runSeed(stack.db, { folders: [...articleFolders(), ...articleFolders(dir)], log: () => undefined });
    await buildExplorer();
    const base = stack.url.replace(/\/graphql$/, '');
    const hub = manifest.probes.hubId;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core') as { chromium: { launch(options: { executablePath: string; args: string[] }): Promise<Browser> } };
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });

    const sample = async (url: string, ready: string): Promise<Timings> => {
      // bypassCSP: playwright reads the marks with eval, which the page's policy refuses.
      const page = await browser!.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      try {
        await page.goto(url);
        await page.waitForFunction(ready, undefined, { timeout: 60_000 });
        return await page.evaluate<Timings>(TIMINGS);
      } finally {
        await page.close();
      }
    };
    const graphUrl = `${base}/explore?focus=${encodeURIComponent(hub)}&depth=2&limit=100`;
    const empty: number[] = [];
    const requestToPaint: number[] = [];
    const requestToAnswer: number[] = [];
    const answerToPaint: number[] = [];
    const answerToLaidOut: number[] = [];
    const navigationToPaint: number[] = [];
    let shape = { nodes: 0, edges: 0 };
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      // Interleaved, so the machine's other work falls on both alike.
      const blank = await sample(
        `${base}/explore`,
        `document.body.dataset.ready === 'true' && performance.getEntriesByName('first-contentful-paint').length > 0`,
      );
      const graph = await sample(graphUrl, `performance.getEntriesByName('explorer:graph-painted').length > 0`);
      if (i < WARMUP) continue;
      empty.push(blank.fcp!);
      requestToPaint.push(graph.painted! - graph.request!);
      requestToAnswer.push(graph.answer! - graph.request!);
      answerToPaint.push(graph.painted! - graph.answer!);
      answerToLaidOut.push(graph.laidOut! - graph.answer!);
      navigationToPaint.push(graph.painted!);
      shape = { nodes: graph.nodes, edges: graph.edges };
    }
    const result = {
      date: new Date().toISOString(),
      settings: { entities: ENTITIES, corpusSeed: 42, samples: SAMPLES, warmup: WARMUP, focus: hub, depth: 2, limit: 100, viewport: '1280x800' },
      drawn: shape,
      ms: {
        requestToPainted: summary(requestToPaint),
        requestToAnswer: summary(requestToAnswer),
        answerToPainted: summary(answerToPaint),
        answerToLaidOut: summary(answerToLaidOut),
        navigationToPainted: summary(navigationToPaint),
        emptyPageFirstContentfulPaint: summary(empty),
      },
      ratioNavigationToPaintedOverEmptyPage: round1(summary(navigationToPaint).p50 / summary(empty).p50),
    };
    writeFileSync(projectPath('bench', 'results', 'explorer.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser?.close();
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
