/**
 * clients/typescript/generated/ is what codegen.ts generates from schema/schema.graphql and the operation
 * documents today: the generator runs without writing (`generate(config, false)` returns the files) and every
 * file it would write must equal the committed one, with no committed file left over.
 *
 * It runs in a child Node process: the CLI package loads ESM-only modules (yargs 18, log-symbols, …) that Node 20
 * requires natively but jest's CommonJS module runtime cannot.
 */
import type { Types } from '@graphql-codegen/plugin-helpers';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { OUTPUT_DIR } from '../../../codegen';
import { PROJECT_ROOT } from '../../../src/paths';

const REGENERATE = 'run `npm run codegen` after changing the schema or an operation document';

const GENERATE = `
  const { generate } = require('@graphql-codegen/cli');
  const config = require('./codegen.ts').default;
  generate({ ...config, cwd: process.cwd() }, false).then(
    (files) => process.stdout.write(JSON.stringify(files.map(({ filename, content }) => ({ filename, content })))),
    (error) => { console.error(error); process.exit(1); },
  );
`;

async function generateInChild(): Promise<Types.FileOutput[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', GENERATE], {
    cwd: PROJECT_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Types.FileOutput[];
}

const inProject = (filename: string): string => relative(PROJECT_ROOT, resolve(PROJECT_ROOT, filename));

describe('clients/typescript/generated', () => {
  let generated: Types.FileOutput[];
  beforeAll(async () => {
    generated = await generateInChild();
  });

  it('generates the typed documents of the example and client operations', () => {
    expect(generated.map((file) => inProject(file.filename)).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts'].map((name) => `${OUTPUT_DIR}${name}`));
    const graphqlTs = generated.find((file) => file.filename.endsWith('graphql.ts'))!.content;
    for (const name of ['WhoSpokeWithWhom', 'WhatDidXiSay', 'StatementsAbout']) expect(graphqlTs).toContain(`export const ${name}Document = `);
  });

  it(`matches the committed files (${REGENERATE})`, () => {
    expect(readdirSync(resolve(PROJECT_ROOT, OUTPUT_DIR)).sort()).toEqual(generated.map((file) => basename(file.filename)).sort());
    for (const file of generated) {
      const name = inProject(file.filename);
      expect({ name, content: readFileSync(resolve(PROJECT_ROOT, file.filename), 'utf8') }).toEqual({ name, content: file.content });
    }
  });
});
