// ESLint (flat config, https://eslint.org/docs/latest/use/configure/): the house rules a tool keeps.
// - typescript-eslint's recommended type-aware rules, and type-only imports written as such;
// - the layering of ARCHITECTURE.md: src/graph/ imports neither src/ nor seed/; seed/ imports only src/graph/,
//   src/db/ (and src/paths.ts, which finds the project root) except its CLI entry point; src/ imports nothing
//   from seed/ except the composition root src/index.ts, which seeds at start-up, and src/importing/, which runs the
//   seed step's validator and loader on an article sent to the import API;
// - a disable comment that no longer silences anything is an error, so the remaining ones mean something.
// Formatting is Prettier's (.prettierrc.json); eslint-config-prettier turns off the rules it would fight.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const restrictedPaths = (zones) => ({ 'import-x/no-restricted-paths': ['error', { zones }] });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'neo4j/', 'coverage/', 'bench/results/', '.scratch/', 'src/db/queries.generated.ts'] },
  // Written by codegen.ts (checked by its drift test), and the Python clients' venv.
  { ignores: ['clients/typescript/generated/', '.venv-clients/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    // type-graphql reads parameter and property types from decorator metadata: an import used there must stay a
    // value import, which consistent-type-imports respects when it knows the two compiler options.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // GraphQL responses in tests are untyped JSON, read field by field and checked by the assertions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['seed/**/*.ts'],
    ignores: ['seed/cli.ts'],
    rules: restrictedPaths([
      {
        target: './seed',
        from: './src',
        except: ['./graph', './db', './paths.ts'],
        message: 'seed/ imports only src/graph/ and src/db/ (see ARCHITECTURE.md).',
      },
    ]),
  },
  {
    // One block for all of src/ (a later block setting the same rule would replace these zones, not add to them).
    files: ['src/**/*.ts'],
    ignores: ['src/index.ts', 'src/importing/**'],
    rules: restrictedPaths([
      { target: './src', from: './seed', message: 'src/ imports nothing from seed/ except the composition root src/index.ts (see ARCHITECTURE.md).' },
      {
        target: './src/graph',
        from: './src',
        except: ['./graph'],
        message: 'src/graph/ is the stored model: it imports nothing from the rest of src/ or seed/.',
      },
    ]),
  },
  {
    // The import API runs the seed step's validator and loader on an article sent over HTTP (ARCHITECTURE.md).
    files: ['src/importing/**/*.ts'],
    rules: restrictedPaths([
      {
        target: './src/importing',
        from: './seed',
        except: ['./annotations', './load.ts', './model.ts'],
        message: 'src/importing/ imports only the validator (seed/annotations/) and the loader (seed/load.ts) from seed/.',
      },
    ]),
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { module: 'readonly', require: 'readonly', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
  },
  prettier,
);
