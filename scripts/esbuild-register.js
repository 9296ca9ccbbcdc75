/**
 * `node -r ./scripts/esbuild-register.js file.ts`: runs TypeScript by stripping its types with esbuild (already a
 * dependency, for the explorer bundle), file by file as Node loads them. ts-node --transpile-only compiles each
 * file with the TypeScript compiler, which costs seconds before a short script such as `npm run validate` does
 * anything; esbuild's transform takes milliseconds. It does no type checking (npm run typecheck does) and, like
 * esbuild everywhere, emits no decorator metadata: use it only for code that needs none (class-validator and
 * class-transformer's explicit @Type() do not; type-graphql does).
 */
'use strict';
const { readFileSync } = require('node:fs');
const { transformSync } = require('esbuild');

// Node still consults require.extensions for CommonJS loading (the tsconfig's "module": "commonjs").
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: filename,
    sourcemap: 'inline',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
  });
  module._compile(code, filename);
};
