import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents generated from the committed schema: the tests' operations, and the partner
 * client's (clients/partner/operations), whose SDK is typed by them.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'clients/partner/gql/': {
      documents: ['clients/partner/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { SafeInt: 'number', LocalDate: 'string', DateTimeISO: 'string' } },
    },
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { SafeInt: 'number', LocalDate: 'string', DateTimeISO: 'string' } },
    },
  },
};

export default config;
