import { graphql } from '../gql';

/** The work-record import mutation as the tests run it (typed by graphql-codegen). */
export const ImportWorkRecords = graphql(`
  mutation ImportWorkRecords($csv: String!) {
    importWorkRecords(csv: $csv) {
      __typename
      ... on WorkRecordImport { imported skipped hours quantity rejectedQuantity beneficiaryCount firstWorkDate lastWorkDate warnings { code message lines } warningCount }
      ... on ImportRejectedError { errorCode message errorCount rowCount rowErrors { line reason } }
    }
  }
`);
