import { graphql } from '../gql';

/** The operations of the steering tests (indicators, utilization, objectives), typed by graphql-codegen. */

export const SteerContribution = graphql(`
  query SteerContribution($options: ContributionIndicatorOptions) {
    contributionIndicators(options: $options) {
      totalItems
      items {
        month level establishmentId workshopId workGroupId beneficiaryId withheld beneficiaries contractDays daysWithRecord regularity weeklyHoursCv
        hours validatedHours quantity rejectedQuantity quality plannedHours doneVsPlanned
      }
    }
  }
`);

export const SteerUtilization = graphql(`
  query SteerUtilization($options: UtilizationOptions) {
    utilization(options: $options) {
      totalItems
      items {
        week level establishmentId workshopId supervisorId beneficiaryId withheld beneficiaries contractHours recordedHours validatedHours allocatedHours
        utilization underUtilized overloaded underUtilizedBeneficiaries overloadedBeneficiaries
      }
    }
  }
`);


export const SteerCreateObjective = graphql(`
  mutation SteerCreateObjective($input: ObjectiveInput!) {
    createObjective(input: $input) {
      __typename
      ... on Objective { id scope beneficiaryId workGroupId workshopId measure periodStart periodEnd target title status outcome closedAt
                         progress { actual progress reached elapsedShare } }
      ... on NotFoundError { field }
      ... on InvalidStateError { currentState attemptedState }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const SteerUpdateObjective = graphql(`
  mutation SteerUpdateObjective($id: ID!, $input: ObjectiveUpdateInput!) {
    updateObjective(id: $id, input: $input) {
      __typename
      ... on Objective { id periodStart periodEnd target title status progress { actual progress reached elapsedShare } }
      ... on NotFoundError { field }
      ... on InvalidStateError { currentState attemptedState }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const SteerCloseObjective = graphql(`
  mutation SteerCloseObjective($id: ID!, $outcome: String) {
    closeObjective(id: $id, outcome: $outcome) {
      __typename
      ... on Objective { id status outcome closedAt }
      ... on NotFoundError { field }
      ... on InvalidStateError { currentState attemptedState }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const SteerObjectives = graphql(`
  query SteerObjectives($options: ObjectiveListOptions) {
    objectives(options: $options) {
      totalItems
      items { id scope beneficiaryId workGroupId workshopId measure target status progress { actual progress reached elapsedShare } }
    }
  }
`);

