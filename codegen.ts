import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the tests' operations, generated from the committed schema. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['tests/**/*.ts', '!tests/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'tests/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { SafeInt: 'number', LocalDate: 'string', DateTimeISO: 'string' } },
    },
  },
};

export default config;
