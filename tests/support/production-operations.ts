import { graphql } from '../gql';

/**
 * The operations the production tests run (registry, allocation, production sheets, work records,
 * contributions, MAD contracts), typed by graphql-codegen from schema/schema.graphql.
 * Names start with `Prod` so that they never collide with the sales operations.
 */

/* ---- Registry ---- */

export const ProdCreateWorkshop = graphql(`
  mutation ProdCreateWorkshop($input: WorkshopInput!) {
    createWorkshop(input: $input) {
      __typename
      ... on Workshop { id code name establishmentId }
      ... on DuplicateError { field }
      ... on NotFoundError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdCreateActivity = graphql(`
  mutation ProdCreateActivity($input: ActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on Activity { id code name workshopId }
      ... on DuplicateError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdCreateWorkGroup = graphql(`
  mutation ProdCreateWorkGroup($input: WorkGroupInput!) {
    createWorkGroup(input: $input) {
      __typename
      ... on WorkGroup { id code name workshopId workshop { id code } }
      ... on DuplicateError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdCreateBeneficiary = graphql(`
  mutation ProdCreateBeneficiary($input: BeneficiaryInput!) {
    createBeneficiary(input: $input) {
      __typename
      ... on Beneficiary {
        id matricule initials status workingTimeRatio weeklyHours entryDate exitDate mainWorkshopId workGroupId
        parcours { workshopId workGroupId startDate endDate }
      }
      ... on DuplicateError { field }
      ... on NotFoundError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdMoveBeneficiary = graphql(`
  mutation ProdMoveBeneficiary($input: BeneficiaryMoveInput!) {
    moveBeneficiary(input: $input) {
      __typename
      ... on Beneficiary {
        id mainWorkshopId workGroupId
        parcours { workshopId workGroupId startDate endDate workshop { code } workGroup { code } }
      }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdAssignSupervisor = graphql(`
  mutation ProdAssignSupervisor($workshopId: ID!, $userId: ID!) {
    assignWorkshopSupervisor(workshopId: $workshopId, userId: $userId) {
      __typename
      ... on Workshop { id }
      ... on NotFoundError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdSetIdentity = graphql(`
  mutation ProdSetIdentity($input: BeneficiaryIdentityInput!) {
    setBeneficiaryIdentity(input: $input) {
      __typename
      ... on Beneficiary { id }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdAddNote = graphql(`
  mutation ProdAddNote($input: MedicoSocialNoteInput!) {
    addMedicoSocialNote(input: $input) {
      __typename
      ... on MedicoSocialNote { id noteDate body beneficiaryId }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdBeneficiaryIdentity = graphql(`
  query ProdBeneficiaryIdentity($id: ID!) {
    beneficiary(id: $id) { id matricule identity { lastName firstName } }
  }
`);

export const ProdBeneficiaryNotes = graphql(`
  query ProdBeneficiaryNotes($id: ID!) {
    beneficiary(id: $id) { id matricule notes { noteDate body } }
  }
`);

export const ProdBeneficiaryCodes = graphql(`
  query ProdBeneficiaryCodes($id: ID!) {
    beneficiary(id: $id) { id matricule initials status }
  }
`);

export const ProdBeneficiaryContract = graphql(`
  query ProdBeneficiaryContract($id: ID!) {
    beneficiary(id: $id) { id matricule workingTimeRatio weeklyHours entryDate }
  }
`);

export const ProdBeneficiaryWorkingTime = graphql(`
  query ProdBeneficiaryWorkingTime($id: ID!) { beneficiary(id: $id) { id workingTimeRatio } }
`);

export const ProdBeneficiaryWeeklyHours = graphql(`
  query ProdBeneficiaryWeeklyHours($id: ID!) { beneficiary(id: $id) { id weeklyHours } }
`);

export const ProdBeneficiaryEntryDate = graphql(`
  query ProdBeneficiaryEntryDate($id: ID!) { beneficiary(id: $id) { id entryDate } }
`);

export const ProdBeneficiaries = graphql(`
  query ProdBeneficiaries($options: BeneficiaryListOptions) {
    beneficiaries(options: $options) { totalItems items { id matricule } }
  }
`);

export const ProdWorkshops = graphql(`
  query ProdWorkshops { workshops(options: { take: 100 }) { totalItems items { id code } } }
`);

export const ProdWorkshopPeople = graphql(`
  query ProdWorkshopPeople($id: ID!) {
    workshop(id: $id) {
      id code
      beneficiaries { matricule }
      workGroups { code members { matricule } }
    }
  }
`);

/* ---- Production sheets and allocations ---- */

export const ProdCreateSheet = graphql(`
  mutation ProdCreateSheet($input: ProductionSheetInput!) {
    createProductionSheet(input: $input) {
      __typename
      ... on ProductionSheet {
        id number status orderId workshopId plannedStart plannedEnd
        tasks { id orderLineId activityId description plannedQuantity plannedHours orderLine { id orderId } activity { code } }
      }
      ... on NotFoundError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdStartSheet = graphql(`
  mutation ProdStartSheet($id: ID!) {
    startProductionSheet(id: $id) {
      __typename
      ... on ProductionSheet { id status }
      ... on InvalidStateError { currentState attemptedState }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdCompleteSheet = graphql(`
  mutation ProdCompleteSheet($id: ID!) {
    completeProductionSheet(id: $id) {
      __typename
      ... on ProductionSheet { id status }
      ... on InvalidStateError { currentState attemptedState }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdSheetById = graphql(`
  query ProdSheetById($id: ID!) {
    productionSheet(id: $id) { id status order { id number } tasks { id orderLineId } }
  }
`);

export const ProdOrderProduction = graphql(`
  query ProdOrderProduction($id: ID!) {
    order(id: $id) {
      id
      productionSheets { id number status }
      lines { id productionTasks { id productionSheetId } }
    }
  }
`);

export const ProdAllocate = graphql(`
  mutation ProdAllocate($input: AllocationInput!) {
    allocate(input: $input) {
      __typename
      ... on Allocation {
        id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity
        beneficiary { matricule } workGroup { code }
      }
      ... on NotFoundError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdExpandGroupAllocation = graphql(`
  mutation ProdExpandGroupAllocation($id: ID!) {
    expandGroupAllocation(id: $id) {
      __typename
      ... on AllocationExpansion { allocations { id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity beneficiary { matricule } } }
      ... on InvalidStateError { currentState }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdOrderAllocations = graphql(`
  query ProdOrderAllocations($id: ID!) {
    order(id: $id) {
      id
      lines { id allocations { id beneficiaryId workGroupId plannedHours plannedQuantity productionTaskId beneficiary { matricule } workGroup { code } } }
    }
  }
`);

/* ---- Work records ---- */

export const ProdRecordWork = graphql(`
  mutation ProdRecordWork($input: WorkRecordInput!) {
    recordWork(input: $input) {
      __typename
      ... on WorkRecord {
        id beneficiaryId workDate orderLineId productionTaskId madContractId hours quantity rejectedQuantity comment status correctsId recordedBy
      }
      ... on InvalidStateError { currentState attemptedState }
      ... on NotFoundError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdValidateWorkRecords = graphql(`
  mutation ProdValidateWorkRecords($ids: [ID!]!) {
    validateWorkRecords(ids: $ids) {
      __typename
      ... on WorkRecordValidation { records { id status validatedBy validatedAt hours } }
      ... on NotFoundError { field }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdCorrectWorkRecord = graphql(`
  mutation ProdCorrectWorkRecord($id: ID!, $input: WorkRecordCorrectionInput!) {
    correctWorkRecord(id: $id, input: $input) {
      __typename
      ... on WorkRecord { id correctsId status hours quantity rejectedQuantity comment workDate beneficiaryId orderLineId }
      ... on InvalidStateError { currentState attemptedState }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdWorkRecords = graphql(`
  query ProdWorkRecords($options: WorkRecordListOptions) {
    workRecords(options: $options) {
      totalItems
      items { id workDate hours quantity rejectedQuantity status correctsId corrections { id hours quantity rejectedQuantity status } }
    }
  }
`);

/* ---- Contributions ---- */

export const ProdOrderContribution = graphql(`
  query ProdOrderContribution($id: ID!) {
    order(id: $id) {
      id
      lines {
        id quantity
        contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }
        deliveryLines {
          id quantity
          contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }
          invoiceLines {
            id quantity creditedQuantity invoice { id status }
            contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }
          }
        }
        invoiceLines { id quantity contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }
      }
    }
  }
`);

export const ProdDeliveryNoteContribution = graphql(`
  query ProdDeliveryNoteContribution($id: ID!) {
    deliveryNote(id: $id) {
      id
      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }
    }
  }
`);

export const ProdInvoiceContribution = graphql(`
  query ProdInvoiceContribution($id: ID!) {
    invoice(id: $id) {
      id
      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }
    }
  }
`);

export const ProdOrderContributionAggregates = graphql(`
  query ProdOrderContributionAggregates($id: ID!) {
    order(id: $id) { id lines { id contribution { hours quantity rejectedQuantity beneficiaryCount } } }
  }
`);

export const ProdOrderContributionCodes = graphql(`
  query ProdOrderContributionCodes($id: ID!) {
    order(id: $id) { id lines { id contribution { beneficiaryCount beneficiaryCodes } } }
  }
`);

export const ProdOrderLineWorkRecords = graphql(`
  query ProdOrderLineWorkRecords($id: ID!) {
    order(id: $id) { id lines { id workRecords { id hours } } }
  }
`);

export const ProdBeneficiaryPeriod = graphql(`
  query ProdBeneficiaryPeriod($id: ID!, $period: DateRangeInput) {
    beneficiary(id: $id) {
      id
      workRecords(period: $period) { id workDate hours status }
      contribution(period: $period) { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }
    }
  }
`);

export const ProdBeneficiaryTwoPeriods = graphql(`
  query ProdBeneficiaryTwoPeriods($id: ID!, $first: DateRangeInput, $second: DateRangeInput) {
    beneficiary(id: $id) {
      id
      january: contribution(period: $first) { hours }
      march: contribution(period: $second) { hours }
      januaryRecords: workRecords(period: $first) { workDate }
      marchRecords: workRecords(period: $second) { workDate }
    }
  }
`);

export const ProdBeneficiaryWorkRecords = graphql(`
  query ProdBeneficiaryWorkRecords($id: ID!) {
    beneficiary(id: $id) { id workRecords { id hours } }
  }
`);

/* ---- MAD contracts ---- */

export const ProdCreateMadContract = graphql(`
  mutation ProdCreateMadContract($input: MadContractInput!) {
    createMadContract(input: $input) {
      __typename
      ... on MadContract { id number kind startDate endDate orderLineId daysUntilEnd endingSoon teamSize beneficiaries { matricule } }
      ... on LegalLimitError { parameter }
      ... on ErrorResult { errorCode message }
    }
  }
`);

export const ProdMadContract = graphql(`
  query ProdMadContract($id: ID!) {
    madContract(id: $id) { id number startDate endDate daysUntilEnd endingSoon }
  }
`);

export const ProdMadContracts = graphql(`
  query ProdMadContracts($options: MadContractListOptions) {
    madContracts(options: $options) { totalItems items { id number endDate daysUntilEnd endingSoon } }
  }
`);

/* ---- Statement count (kept under the server's cost limit for take: 60) ---- */

export const ProdOrdersWithAllocations = graphql(`
  query ProdOrdersWithAllocations($options: OrderListOptions) {
    orders(options: $options) {
      totalItems
      items {
        id
        lines {
          id
          allocations { plannedHours beneficiary { matricule } }
          contribution { hours beneficiaryCount beneficiaryCodes }
        }
      }
    }
  }
`);

/* ---- Introspection ---- */

export const ProdMutationFields = graphql(`
  query ProdMutationFields { __type(name: "Mutation") { fields { name } } }
`);
