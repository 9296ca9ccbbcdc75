/**
 * GraphQL Code Generator (https://the-guild.dev/graphql/codegen/docs/config-reference/codegen-config): typed
 * documents for the TypeScript clients under clients/typescript/, from the committed schema and every operation
 * document in schema/ (schema.graphql itself holds no operations) plus the clients' own clients/operations.graphql.
 * `npm run codegen` writes clients/typescript/generated/; test/unit/clients/codegen.test.ts fails when it drifts.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

export const OUTPUT_DIR = 'clients/typescript/generated/';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/*.graphql', '!schema/schema.graphql', 'clients/*.graphql'],
  generates: {
    [OUTPUT_DIR]: {
      preset: 'client',
      // No fragments are shared between operations, so fragment masking would only add a helper nobody calls.
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as typed strings: the scripts send them with plain fetch, with no GraphQL library at run time.
        documentMode: 'string',
        useTypeImports: true,
        // The schema's Date scalar is an ISO date string on the wire (graphql-scalars' DateResolver).
        scalars: { Date: 'string' },
        enumsAsTypes: true,
      },
    },
  },
  // A missing document should fail loudly rather than write an empty client.
  ignoreNoDocuments: false,
  silent: true,
};

export default config;
