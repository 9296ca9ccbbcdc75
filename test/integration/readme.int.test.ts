/**
 * README.md's examples under "Using the API" show real output, and this suite keeps them real. Each example is
 * marked in README.md:
 *
 *   <!-- example: Name {"variable": value} -->       before its ```graphql block (variables optional, JSON)
 *   <!-- example output: Name -->                     before its ```json output block
 *
 * Every marked query runs against the seeded graph with those variables, and its response (`{ "data": … }`,
 * pretty-printed JSON) must equal the output block. With UPDATE_README=1 (`npm run readme:update`) the suite
 * writes today's responses into the output blocks instead of comparing; the queries and the prose stay as written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { projectPath } from '../../src/paths';
import type { TestApp } from './harness';
import { openTestApp } from './harness';

const README = projectPath('README.md');
const UPDATE = process.env.UPDATE_README === '1';
const REGENERATE = 'npm run readme:update  (UPDATE_README=1 jest --selectProjects integration --runInBand test/integration/readme.int.test.ts)';

const QUERY_BLOCK = /^<!-- example: (\w+)(?: (\{.*\}))? -->\n```graphql\n([\s\S]*?)\n```$/gm;
const OUTPUT_BLOCK = /^(<!-- example output: (\w+) -->\n```json\n)([\s\S]*?)(\n```)$/gm;

interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  output: string;
}

function readExamples(text: string): Example[] {
  const outputs = new Map<string, string>();
  for (const [, , name, output] of text.matchAll(OUTPUT_BLOCK)) {
    if (outputs.has(name)) throw new Error(`README.md has two output blocks for example ${name}`);
    outputs.set(name, output);
  }
  const examples: Example[] = [];
  for (const [, name, variables, query] of text.matchAll(QUERY_BLOCK)) {
    const output = outputs.get(name);
    if (output === undefined) throw new Error(`README.md: example ${name} has no "<!-- example output: ${name} -->" block`);
    outputs.delete(name);
    examples.push({ name, query, variables: variables ? JSON.parse(variables) : undefined, output });
  }
  if (outputs.size > 0) throw new Error(`README.md: output blocks without an example query: ${[...outputs.keys()].join(', ')}`);
  return examples;
}

/** The response as the README prints it: `{ data }`, and `errors` only when there are any. */
const asJson = (value: unknown): string => JSON.stringify(value, null, 2);

const readme = readFileSync(README, 'utf8');
const examples = readExamples(readme);

describe('README.md examples', () => {
  let app: TestApp;
  const responses = new Map<string, string>();
  beforeAll(async () => {
    app = await openTestApp();
  });
  afterAll(async () => {
    await app.close();
    if (!UPDATE || responses.size !== examples.length) return;
    const updated = readme.replace(OUTPUT_BLOCK, (_, open: string, name: string, _old: string, close: string) => `${open}${responses.get(name)}${close}`);
    if (updated !== readme) writeFileSync(README, updated);
  });

  it('marks its examples, each with an output block', () => {
    expect(examples.map((e) => e.name)).toEqual(['WhoAccusedOrDenied', 'PathBetween', 'Timeline']);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s answers what README.md shows', async (name, example) => {
    const { data, errors } = await app.execute(example.query, example.variables);
    const actual = asJson({ data, errors });
    if (UPDATE) {
      if (errors) throw new Error(`${name} answered with errors, README.md is left as it is: ${JSON.stringify(errors)}`);
      responses.set(name, actual);
      return;
    }
    let shown: string;
    try {
      shown = asJson(JSON.parse(example.output));
    } catch (error) {
      throw new Error(`README.md: the output block of ${name} is not JSON (${(error as Error).message}). Regenerate it: ${REGENERATE}`, { cause: error });
    }
    try {
      expect(actual).toBe(shown);
    } catch (error) {
      (error as Error).message =
        `README.md's output of ${name} is not what the API answers today. If the new answer is right, regenerate the README outputs with:\n  ${REGENERATE}\nand review the diff.\n\n${(error as Error).message}`;
      throw error;
    }
  });
});
