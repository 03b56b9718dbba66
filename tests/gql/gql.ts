/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation DocumentsCreateItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) { __typename ... on CatalogItem { id } ... on ErrorResult { message } }\n  }\n": typeof types.DocumentsCreateItemDocument,
    "\n  mutation DocumentsCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) { __typename ... on Customer { id } ... on ErrorResult { message } }\n  }\n": typeof types.DocumentsCreateCustomerDocument,
    "\n  mutation DocumentsCreateOrder($input: OrderInput!) {\n    createOrder(input: $input) { __typename ... on Order { id number lines { id } } ... on ErrorResult { message } }\n  }\n": typeof types.DocumentsCreateOrderDocument,
    "\n  mutation DocumentsMentions($input: InvoiceMentionsInput!) { updateInvoiceMentions(input: $input) { id } }\n": typeof types.DocumentsMentionsDocument,
    "\n  mutation DocumentsIdentity($input: OrganizationIdentityInput!) { updateOrganizationIdentity(input: $input) { id } }\n": typeof types.DocumentsIdentityDocument,
    "\n  query DocumentsUrls($id: ID!) { invoice(id: $id) { number documentUrl creditNotes { id number documentUrl } } }\n": typeof types.DocumentsUrlsDocument,
    "\n      mutation DocumentsIssue($id: ID!, $issueDate: LocalDate) { issueInvoice(id: $id, issueDate: $issueDate) { __typename ... on LegalLimitError { parameter message } } }\n    ": typeof types.DocumentsIssueDocument,
    "\n  query FunderReportQuery($establishmentId: ID!, $year: Int!) {\n    funderReport(establishmentId: $establishmentId, year: $year) {\n      establishmentId year provisional publishedAt privacyThreshold capacityKind capacity occupancyFte occupancyDays\n      total { people fte hours workingDaysPresent withheld withheldReason }\n      byStatus { status people fte hours withheld withheldReason }\n      byAgeBand { ageBand people fte hours withheld withheldReason }\n      revenue { activity serviceType netHtCents } revenueTotalCents\n      madContracts\n      mad { people hours withheld withheldReason }\n      prestationEnEntreprise { people hours withheld withheldReason }\n      entries { people withheld withheldReason }\n      exits { people withheld withheldReason }\n      exitsByDestination { destination people withheld withheldReason }\n      returns { people withheld withheldReason }\n      returnsUnderRightToReturn { people withheld withheldReason }\n      training { people hours withheld withheldReason }\n      raeEnrolled { people withheld withheldReason }\n      raeAttested { people withheld withheldReason }\n      aged50Plus { people withheld withheldReason }\n      disclosureNotes csvUrl\n    }\n  }\n": typeof types.FunderReportQueryDocument,
    "\n  mutation FunderSetCapacity($input: EstablishmentCapacityInput!) {\n    setEstablishmentCapacity(input: $input) { __typename ... on EstablishmentCapacity { id kind validFrom value source } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.FunderSetCapacityDocument,
    "\n  mutation FunderRecordExit($input: BeneficiaryExitInput!) {\n    recordBeneficiaryExit(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate exitReason exitDestination rightToReturn } } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.FunderRecordExitDocument,
    "\n  mutation FunderRecordReturn($input: BeneficiaryReturnInput!) {\n    recordBeneficiaryReturn(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate rightToReturn } } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.FunderRecordReturnDocument,
    "\n  mutation FunderSetBirthYear($input: BeneficiaryBirthYearInput!) {\n    setBeneficiaryBirthYear(input: $input) { __typename ... on Beneficiary { id birthYear } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.FunderSetBirthYearDocument,
    "\n  mutation FunderRecordStep($input: PathwayStepInput!) {\n    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id kind startDate hours title } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.FunderRecordStepDocument,
    "\n  mutation CreateFunder($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id roles establishmentIds } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.CreateFunderDocument,
    "\n  query FunderReadsBeneficiaries { beneficiaries(options: { take: 5 }) { items { matricule } } }\n": typeof types.FunderReadsBeneficiariesDocument,
    "\n  query OethDraft($establishmentId: ID!, $customerId: ID!, $year: Int!) {\n    oethAttestation(establishmentId: $establishmentId, customerId: $customerId, year: $year) {\n      status number year customerName customerSiren establishmentSiret\n      paidHtCents deductibleCostsCents labourCostCents deductionCents deductionRatePercent ubEquivalentNonLegal deadline\n      invoices { invoiceId invoiceNumber paidInYearCents htCents deductibleCostsCents labourCostCents }\n    }\n  }\n": typeof types.OethDraftDocument,
    "\n  mutation IssueOeth($input: IssueOethAttestationInput!) {\n    issueOethAttestation(input: $input) {\n      __typename\n      ... on OethAttestation { id status number issueDate year paidHtCents deductibleCostsCents labourCostCents deductionCents pdfPath supersedesId invoices { invoiceNumber htCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.IssueOethDocument,
    "\n  mutation ReissueOeth($input: ReissueOethAttestationInput!) {\n    reissueOethAttestation(input: $input) {\n      __typename\n      ... on OethAttestation { id status number year paidHtCents deductionCents supersedesId correctionReason }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ReissueOethDocument,
    "\n  query IssuedOeth($id: ID!) {\n    issuedOethAttestation(id: $id) { id status number paidHtCents deductionCents pdfSha256 supersedesId supersededById invoices { invoiceNumber htCents } }\n  }\n": typeof types.IssuedOethDocument,
    "\n  query OethList($options: OethAttestationListOptions) {\n    oethAttestations(options: $options) { totalItems items { id number status customerId year } }\n  }\n": typeof types.OethListDocument,
    "\n  mutation CreateAttestationPartner($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.CreateAttestationPartnerDocument,
    "\n  query OethInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }\n": typeof types.OethInvoiceLinesDocument,
    "\n  mutation UpdateOrganizationIdentity($input: OrganizationIdentityInput!) {\n    updateOrganizationIdentity(input: $input) {\n      name legalForm rnaNumber rcsCity shareCapitalCents vatNumber\n      headOffice { line1 line2 postalCode city countryCode }\n    }\n  }\n": typeof types.UpdateOrganizationIdentityDocument,
    "\n  mutation UpdateInvoiceMentions($input: InvoiceMentionsInput!) {\n    updateInvoiceMentions(input: $input) {\n      invoiceMentions { operationsNature latePenaltyTerms earlyPaymentDiscountTerms vatExemptionMention vatOnDebits socialValueLine recoveryIndemnityCents }\n    }\n  }\n": typeof types.UpdateInvoiceMentionsDocument,
    "\n  mutation UpdateEstablishmentIdentity($id: ID!, $input: EstablishmentIdentityInput!) {\n    updateEstablishmentIdentity(id: $id, input: $input) {\n      __typename\n      ... on Establishment { id iban bic address { line1 postalCode city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.UpdateEstablishmentIdentityDocument,
    "\n  mutation SetOrganizationLogo($logo: LogoInput) {\n    setOrganizationLogo(logo: $logo) { hasLogo }\n  }\n": typeof types.SetOrganizationLogoDocument,
    "\n  mutation CreateCustomerWithVat($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id vatNumber deliveryAddress { line1 city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateCustomerWithVatDocument,
    "\n  query PartnerImpactQuery($year: Int!, $customerId: ID) {\n    partnerImpact(year: $year, customerId: $customerId) {\n      customerId customerName year privacyThreshold\n      workCoveredUntil\n      total { hours beneficiaryCount withheld withheldReason }\n      months { month hours beneficiaryCount withheld withheldReason }\n      serviceTypes { serviceType hours beneficiaryCount withheld withheldReason }\n      netHtCents labourCostCents paidCents ubEquivalentNonLegal salesAsOf\n    }\n  }\n": typeof types.PartnerImpactQueryDocument,
    "\n  mutation CreatePartner($input: UserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on User { id roles customerId }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  query PartnerPortalDocuments($year: Int!, $customerId: ID) {\n    partnerDocuments(year: $year, customerId: $customerId) {\n      customerId customerName year complete\n      orders { id number orderDate status customerReference totalHtCents totalVatCents totalTtcCents lines { position description quantity unitPriceCents vatRatePercent totalHtCents } }\n      deliveryNotes { id number deliveryDate orderNumber lines { description quantity } }\n      invoices { id number issueDate dueDate status totalHtCents totalVatCents totalTtcCents amountPaidCents amountCreditedCents amountDueCents lines { description quantity totalHtCents } }\n      creditNotes { id number issueDate invoiceNumber reason totalHtCents totalTtcCents }\n      payments { id invoiceNumber paymentDate amountCents method }\n    }\n  }\n": typeof types.PartnerPortalDocumentsDocument,
    "\n  mutation CreatePortalPartner($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.CreatePortalPartnerDocument,
    "\n  mutation CreatePortalKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on ApiKeyCreated { key } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.CreatePortalKeyDocument,
    "\n  mutation PortalIssueAttestation($input: IssueOethAttestationInput!) {\n    issueOethAttestation(input: $input) { __typename ... on OethAttestation { id number } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.PortalIssueAttestationDocument,
    "\n  query PortalInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }\n": typeof types.PortalInvoiceLinesDocument,
    "\n  fragment WorkDayAnswer on WorkRecordResult {\n    __typename\n    ... on WorkRecord { id hours warnings { code message } }\n    ... on WorkDayLimitError { workDate recordedHours dayHours maxHours }\n    ... on ErrorResult { errorCode message }\n  }\n": typeof types.WorkDayAnswerFragmentDoc,
    "\n  mutation RecordWorkDay($input: WorkRecordInput!) { recordWork(input: $input) { ...WorkDayAnswer } }\n": typeof types.RecordWorkDayDocument,
    "\n  mutation CorrectWorkDay($id: ID!, $input: WorkRecordCorrectionInput!) { correctWorkRecord(id: $id, input: $input) { ...WorkDayAnswer } }\n": typeof types.CorrectWorkDayDocument,
    "\n  query WorkDayRecords($options: WorkRecordListOptions) {\n    workRecords(options: $options) { items { id hours warnings { code message } } }\n  }\n": typeof types.WorkDayRecordsDocument,
    "\n  mutation UpdateCostSplit($invoiceLineId: ID!, $input: CostSplitInput!) {\n    updateInvoiceLineCostSplit(invoiceLineId: $invoiceLineId, input: $input) {\n      __typename\n      ... on Invoice { id lines { id quantity totalHtCents materialsCents subcontractingCents intermediateConsumptionCents sellingCostsCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.UpdateCostSplitDocument,
    "\n  mutation IssueWithDates($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate dueDate fiscalYear }\n      ...SalesErrorDetails\n    }\n  }\n": typeof types.IssueWithDatesDocument,
    "\n  mutation SkillsCreateStandard($input: JobStandardInput!) {\n    createJobStandard(input: $input) { __typename ... on JobStandard { id code title source } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.SkillsCreateStandardDocument,
    "\n  mutation SkillsCreateSkill($input: SkillInput!) {\n    createSkill(input: $input) { __typename ... on Skill { id code label jobStandard { code } } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.SkillsCreateSkillDocument,
    "\n  mutation SkillsSetActivitySkills($input: ActivitySkillsInput!) {\n    setActivitySkills(input: $input) { __typename ... on Activity { id skills { code } } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.SkillsSetActivitySkillsDocument,
    "\n  query SkillsStandards { jobStandards { code source skills { code label } } }\n": typeof types.SkillsStandardsDocument,
    "\n  query SkillsEvidenceQuery($beneficiaryId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    skillsEvidence(beneficiaryId: $beneficiaryId, from: $from, to: $to) {\n      matricule\n      activities { activity workshop firstDate lastDate hours quantity rejectedQuantity quality\n        months { month hours quantity rejectedQuantity quality }\n        skills { code label jobStandardCode source } }\n      skills { code }\n      parcours { workshop startDate endDate }\n      pathwaySteps { kind title startDate hours }\n    }\n  }\n": typeof types.SkillsEvidenceQueryDocument,
    "\n  mutation SkillsRecordStep($input: PathwayStepInput!) {\n    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id } ... on ErrorResult { errorCode message } }\n  }\n": typeof types.SkillsRecordStepDocument,
    "\n  mutation ProdCreateWorkshop($input: WorkshopInput!) {\n    createWorkshop(input: $input) {\n      __typename\n      ... on Workshop { id code name establishmentId }\n      ... on DuplicateError { field }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdCreateWorkshopDocument,
    "\n  mutation ProdCreateActivity($input: ActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity { id code name workshopId }\n      ... on DuplicateError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdCreateActivityDocument,
    "\n  mutation ProdCreateWorkGroup($input: WorkGroupInput!) {\n    createWorkGroup(input: $input) {\n      __typename\n      ... on WorkGroup { id code name workshopId workshop { id code } }\n      ... on DuplicateError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdCreateWorkGroupDocument,
    "\n  mutation ProdCreateBeneficiary($input: BeneficiaryInput!) {\n    createBeneficiary(input: $input) {\n      __typename\n      ... on Beneficiary {\n        id matricule initials status workingTimeRatio weeklyHours entryDate exitDate mainWorkshopId workGroupId\n        parcours { workshopId workGroupId startDate endDate }\n      }\n      ... on DuplicateError { field }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdCreateBeneficiaryDocument,
    "\n  mutation ProdMoveBeneficiary($input: BeneficiaryMoveInput!) {\n    moveBeneficiary(input: $input) {\n      __typename\n      ... on Beneficiary {\n        id mainWorkshopId workGroupId\n        parcours { workshopId workGroupId startDate endDate workshop { code } workGroup { code } }\n      }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdMoveBeneficiaryDocument,
    "\n  mutation ProdAssignSupervisor($workshopId: ID!, $userId: ID!) {\n    assignWorkshopSupervisor(workshopId: $workshopId, userId: $userId) {\n      __typename\n      ... on Workshop { id }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdAssignSupervisorDocument,
    "\n  mutation ProdSetIdentity($input: BeneficiaryIdentityInput!) {\n    setBeneficiaryIdentity(input: $input) {\n      __typename\n      ... on Beneficiary { id }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdSetIdentityDocument,
    "\n  mutation ProdAddNote($input: MedicoSocialNoteInput!) {\n    addMedicoSocialNote(input: $input) {\n      __typename\n      ... on MedicoSocialNote { id noteDate body beneficiaryId }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdAddNoteDocument,
    "\n  query ProdBeneficiaryIdentity($id: ID!) {\n    beneficiary(id: $id) { id matricule identity { lastName firstName } }\n  }\n": typeof types.ProdBeneficiaryIdentityDocument,
    "\n  query ProdBeneficiaryNotes($id: ID!) {\n    beneficiary(id: $id) { id matricule notes { noteDate body } }\n  }\n": typeof types.ProdBeneficiaryNotesDocument,
    "\n  query ProdBeneficiaryCodes($id: ID!) {\n    beneficiary(id: $id) { id matricule initials status }\n  }\n": typeof types.ProdBeneficiaryCodesDocument,
    "\n  query ProdBeneficiaryContract($id: ID!) {\n    beneficiary(id: $id) { id matricule workingTimeRatio weeklyHours entryDate }\n  }\n": typeof types.ProdBeneficiaryContractDocument,
    "\n  query ProdBeneficiaryWorkingTime($id: ID!) { beneficiary(id: $id) { id workingTimeRatio } }\n": typeof types.ProdBeneficiaryWorkingTimeDocument,
    "\n  query ProdBeneficiaryWeeklyHours($id: ID!) { beneficiary(id: $id) { id weeklyHours } }\n": typeof types.ProdBeneficiaryWeeklyHoursDocument,
    "\n  query ProdBeneficiaryEntryDate($id: ID!) { beneficiary(id: $id) { id entryDate } }\n": typeof types.ProdBeneficiaryEntryDateDocument,
    "\n  query ProdBeneficiaries($options: BeneficiaryListOptions) {\n    beneficiaries(options: $options) { totalItems items { id matricule } }\n  }\n": typeof types.ProdBeneficiariesDocument,
    "\n  query ProdWorkshops { workshops(options: { take: 100 }) { totalItems items { id code } } }\n": typeof types.ProdWorkshopsDocument,
    "\n  query ProdWorkshopPeople($id: ID!) {\n    workshop(id: $id) {\n      id code\n      beneficiaries { matricule }\n      workGroups { code members { matricule } }\n    }\n  }\n": typeof types.ProdWorkshopPeopleDocument,
    "\n  mutation ProdCreateSheet($input: ProductionSheetInput!) {\n    createProductionSheet(input: $input) {\n      __typename\n      ... on ProductionSheet {\n        id number status orderId workshopId plannedStart plannedEnd\n        tasks { id orderLineId activityId description plannedQuantity plannedHours orderLine { id orderId } activity { code } }\n      }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdCreateSheetDocument,
    "\n  mutation ProdStartSheet($id: ID!) {\n    startProductionSheet(id: $id) {\n      __typename\n      ... on ProductionSheet { id status }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdStartSheetDocument,
    "\n  mutation ProdCompleteSheet($id: ID!) {\n    completeProductionSheet(id: $id) {\n      __typename\n      ... on ProductionSheet { id status }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdCompleteSheetDocument,
    "\n  query ProdSheetById($id: ID!) {\n    productionSheet(id: $id) { id status order { id number } tasks { id orderLineId } }\n  }\n": typeof types.ProdSheetByIdDocument,
    "\n  query ProdOrderProduction($id: ID!) {\n    order(id: $id) {\n      id\n      productionSheets { id number status }\n      lines { id productionTasks { id productionSheetId } }\n    }\n  }\n": typeof types.ProdOrderProductionDocument,
    "\n  mutation ProdAllocate($input: AllocationInput!) {\n    allocate(input: $input) {\n      __typename\n      ... on Allocation {\n        id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity\n        beneficiary { matricule } workGroup { code }\n      }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdAllocateDocument,
    "\n  mutation ProdExpandGroupAllocation($id: ID!) {\n    expandGroupAllocation(id: $id) {\n      __typename\n      ... on AllocationExpansion { allocations { id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity beneficiary { matricule } } }\n      ... on InvalidStateError { currentState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdExpandGroupAllocationDocument,
    "\n  query ProdOrderAllocations($id: ID!) {\n    order(id: $id) {\n      id\n      lines { id allocations { id beneficiaryId workGroupId plannedHours plannedQuantity productionTaskId beneficiary { matricule } workGroup { code } } }\n    }\n  }\n": typeof types.ProdOrderAllocationsDocument,
    "\n  mutation ProdRecordWork($input: WorkRecordInput!) {\n    recordWork(input: $input) {\n      __typename\n      ... on WorkRecord {\n        id beneficiaryId workDate orderLineId productionTaskId madContractId hours quantity rejectedQuantity comment status correctsId recordedBy\n      }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdRecordWorkDocument,
    "\n  mutation ProdValidateWorkRecords($ids: [ID!]!) {\n    validateWorkRecords(ids: $ids) {\n      __typename\n      ... on WorkRecordValidation { records { id status validatedBy validatedAt hours } }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdValidateWorkRecordsDocument,
    "\n  mutation ProdCorrectWorkRecord($id: ID!, $input: WorkRecordCorrectionInput!) {\n    correctWorkRecord(id: $id, input: $input) {\n      __typename\n      ... on WorkRecord { id correctsId status hours quantity rejectedQuantity comment workDate beneficiaryId orderLineId }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdCorrectWorkRecordDocument,
    "\n  query ProdWorkRecords($options: WorkRecordListOptions) {\n    workRecords(options: $options) {\n      totalItems\n      items { id workDate hours quantity rejectedQuantity status correctsId corrections { id hours quantity rejectedQuantity status } }\n    }\n  }\n": typeof types.ProdWorkRecordsDocument,
    "\n  query ProdOrderContribution($id: ID!) {\n    order(id: $id) {\n      id\n      lines {\n        id quantity\n        contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n        deliveryLines {\n          id quantity\n          contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n          invoiceLines {\n            id quantity creditedQuantity invoice { id status }\n            contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n          }\n        }\n        invoiceLines { id quantity contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n      }\n    }\n  }\n": typeof types.ProdOrderContributionDocument,
    "\n  query ProdDeliveryNoteContribution($id: ID!) {\n    deliveryNote(id: $id) {\n      id\n      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n    }\n  }\n": typeof types.ProdDeliveryNoteContributionDocument,
    "\n  query ProdInvoiceContribution($id: ID!) {\n    invoice(id: $id) {\n      id\n      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n    }\n  }\n": typeof types.ProdInvoiceContributionDocument,
    "\n  query ProdOrderContributionAggregates($id: ID!) {\n    order(id: $id) { id lines { id contribution { hours quantity rejectedQuantity beneficiaryCount } } }\n  }\n": typeof types.ProdOrderContributionAggregatesDocument,
    "\n  query ProdOrderContributionCodes($id: ID!) {\n    order(id: $id) { id lines { id contribution { beneficiaryCount beneficiaryCodes } } }\n  }\n": typeof types.ProdOrderContributionCodesDocument,
    "\n  query ProdOrderLineWorkRecords($id: ID!) {\n    order(id: $id) { id lines { id workRecords { id hours } } }\n  }\n": typeof types.ProdOrderLineWorkRecordsDocument,
    "\n  query ProdBeneficiaryPeriod($id: ID!, $period: DateRangeInput) {\n    beneficiary(id: $id) {\n      id\n      workRecords(period: $period) { id workDate hours status }\n      contribution(period: $period) { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n    }\n  }\n": typeof types.ProdBeneficiaryPeriodDocument,
    "\n  query ProdBeneficiaryTwoPeriods($id: ID!, $first: DateRangeInput, $second: DateRangeInput) {\n    beneficiary(id: $id) {\n      id\n      january: contribution(period: $first) { hours }\n      march: contribution(period: $second) { hours }\n      januaryRecords: workRecords(period: $first) { workDate }\n      marchRecords: workRecords(period: $second) { workDate }\n    }\n  }\n": typeof types.ProdBeneficiaryTwoPeriodsDocument,
    "\n  query ProdBeneficiaryWorkRecords($id: ID!) {\n    beneficiary(id: $id) { id workRecords { id hours } }\n  }\n": typeof types.ProdBeneficiaryWorkRecordsDocument,
    "\n  mutation ProdCreateMadContract($input: MadContractInput!) {\n    createMadContract(input: $input) {\n      __typename\n      ... on MadContract { id number kind startDate endDate orderLineId daysUntilEnd endingSoon teamSize beneficiaries { matricule } }\n      ... on LegalLimitError { parameter }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ProdCreateMadContractDocument,
    "\n  query ProdMadContract($id: ID!) {\n    madContract(id: $id) { id number startDate endDate daysUntilEnd endingSoon }\n  }\n": typeof types.ProdMadContractDocument,
    "\n  query ProdMadContracts($options: MadContractListOptions) {\n    madContracts(options: $options) { totalItems items { id number endDate daysUntilEnd endingSoon } }\n  }\n": typeof types.ProdMadContractsDocument,
    "\n  query ProdOrdersWithAllocations($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id\n        lines {\n          id\n          allocations { plannedHours beneficiary { matricule } }\n          contribution { hours beneficiaryCount beneficiaryCodes }\n        }\n      }\n    }\n  }\n": typeof types.ProdOrdersWithAllocationsDocument,
    "\n  query ProdMutationFields { __type(name: \"Mutation\") { fields { name } } }\n": typeof types.ProdMutationFieldsDocument,
    "\n  mutation CreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id legalName siren billingAddress { city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation CreateCatalogItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) {\n      __typename\n      ... on CatalogItem { id code unitPriceCents vatRatePercent }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateCatalogItemDocument,
    "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      __typename\n      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on ErrorResult { errorCode message }\n      ... on NotFoundError { field }\n    }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) {\n      __typename\n      ... on Quote { id status totalHtCents lines { quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.SendQuoteDocument,
    "\n  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.AcceptQuoteDocument,
    "\n  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.RefuseQuoteDocument,
    "\n  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.ExpireQuoteDocument,
    "\n  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) {\n      __typename\n      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.ConvertQuoteDocument,
    "\n  mutation CreateOrder($input: OrderInput!) {\n    createOrder(input: $input) {\n      __typename\n      ... on Order { id number status lines { id quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateOrderDocument,
    "\n  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.StartProductionDocument,
    "\n  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.CancelOrderDocument,
    "\n  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": typeof types.CloseOrderDocument,
    "\n  mutation DeliverOrder($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.DeliverOrderDocument,
    "\n  mutation CreateInvoice($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateInvoiceDocument,
    "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) {\n      __typename\n      ... on Invoice { id status totalTtcCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.UpdateInvoiceDocument,
    "\n  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }\n": typeof types.DeleteInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }\n      ... on OverpaymentError { amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": typeof types.CreateCreditNoteDocument,
    "\n  query InvoiceChain($id: ID!) {\n    invoice(id: $id) {\n      id number status totalHtCents totalVatCents totalTtcCents createdAt updatedAt\n      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }\n      customer { id legalName }\n      lines {\n        quantity\n        deliveryNoteLine { id deliveryNote { number } }\n        orderLine { id order { number quote { number } } quoteLine { id } }\n      }\n      payments { amountCents }\n    }\n  }\n": typeof types.InvoiceChainDocument,
    "\n  query OrdersPage($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id number status\n        customer { legalName }\n        lines {\n          quantity deliveredQuantity invoicedQuantity\n          catalogItem { code }\n          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }\n        }\n      }\n    }\n  }\n": typeof types.OrdersPageDocument,
    "\n  fragment SalesErrorDetails on ErrorResult {\n    __typename\n    errorCode\n    message\n    ... on InvalidStateError { currentState attemptedState }\n    ... on NotFoundError { field }\n    ... on QuantityExceededError { lineId requested remaining }\n    ... on OverpaymentError { overpaymentDueCents: amountDueCents }\n    ... on DuplicateError { field }\n    ... on LegalLimitError { parameter }\n  }\n": typeof types.SalesErrorDetailsFragmentDoc,
    "\n  mutation CreateCustomerChecked($input: CustomerInput!) {\n    createCustomer(input: $input) { __typename ... on Customer { id legalName siren } ...SalesErrorDetails }\n  }\n": typeof types.CreateCustomerCheckedDocument,
    "\n  mutation CreateCatalogItemChecked($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) { __typename ... on CatalogItem { id code unitPriceCents vatRatePercent establishmentId } ...SalesErrorDetails }\n  }\n": typeof types.CreateCatalogItemCheckedDocument,
    "\n  mutation CreateQuoteChecked($input: QuoteInput!) {\n    createQuote(input: $input) { __typename ... on Quote { id number status quoteDate validUntil lines { id quantity } } ...SalesErrorDetails }\n  }\n": typeof types.CreateQuoteCheckedDocument,
    "\n  mutation UpdateQuoteChecked($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) { __typename ... on Quote { id status notes totalHtCents lines { quantity } } ...SalesErrorDetails }\n  }\n": typeof types.UpdateQuoteCheckedDocument,
    "\n  mutation SendQuoteChecked($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n": typeof types.SendQuoteCheckedDocument,
    "\n  mutation AcceptQuoteChecked($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n": typeof types.AcceptQuoteCheckedDocument,
    "\n  mutation RefuseQuoteChecked($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n": typeof types.RefuseQuoteCheckedDocument,
    "\n  mutation ExpireQuoteChecked($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n": typeof types.ExpireQuoteCheckedDocument,
    "\n  mutation ConvertQuoteChecked($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) { __typename ... on Order { id number status quoteId lines { id quantity } } ...SalesErrorDetails }\n  }\n": typeof types.ConvertQuoteCheckedDocument,
    "\n  mutation CreateOrderChecked($input: OrderInput!) {\n    createOrder(input: $input) { __typename ... on Order { id number status orderDate totalTtcCents lines { id quantity } } ...SalesErrorDetails }\n  }\n": typeof types.CreateOrderCheckedDocument,
    "\n  mutation StartProductionChecked($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n": typeof types.StartProductionCheckedDocument,
    "\n  mutation CancelOrderChecked($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n": typeof types.CancelOrderCheckedDocument,
    "\n  mutation CloseOrderChecked($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n": typeof types.CloseOrderCheckedDocument,
    "\n  mutation DeliverOrderChecked($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number deliveryDate order { id status } lines { id quantity orderLineId } }\n      ...SalesErrorDetails\n    }\n  }\n": typeof types.DeliverOrderCheckedDocument,
    "\n  mutation CreateInvoiceChecked($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalTtcCents lines { id quantity deliveryNoteLineId } }\n      ...SalesErrorDetails\n    }\n  }\n": typeof types.CreateInvoiceCheckedDocument,
    "\n  mutation UpdateInvoiceChecked($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) { __typename ... on Invoice { id status notes dueDate totalTtcCents lines { quantity } } ...SalesErrorDetails }\n  }\n": typeof types.UpdateInvoiceCheckedDocument,
    "\n  mutation DeleteInvoiceChecked($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id status } ...SalesErrorDetails } }\n": typeof types.DeleteInvoiceCheckedDocument,
    "\n  mutation IssueInvoiceChecked($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ...SalesErrorDetails\n    }\n  }\n": typeof types.IssueInvoiceCheckedDocument,
    "\n  mutation RecordPaymentChecked($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }\n      ...SalesErrorDetails\n    }\n  }\n": typeof types.RecordPaymentCheckedDocument,
    "\n  mutation CreateCreditNoteChecked($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }\n      ...SalesErrorDetails\n    }\n  }\n": typeof types.CreateCreditNoteCheckedDocument,
    "\n  query QuoteById($id: ID!) {\n    quote(id: $id) { id number status notes validUntil totalHtCents customer { id legalName } lines { id quantity } order { id number } }\n  }\n": typeof types.QuoteByIdDocument,
    "\n  query OrderById($id: ID!) {\n    order(id: $id) {\n      id number status totalTtcCents customer { id legalName }\n      lines { id quantity deliveredQuantity invoicedQuantity deliveryLines { id quantity invoicedQuantity } }\n      deliveryNotes { id number }\n      invoices { id status }\n    }\n  }\n": typeof types.OrderByIdDocument,
    "\n  query InvoiceById($id: ID!) {\n    invoice(id: $id) {\n      id number status issueDate dueDate notes fiscalYear sequenceNumber totalHtCents totalTtcCents\n      amountPaidCents amountCreditedCents amountDueCents\n      customer { id legalName }\n      lines { id quantity creditedQuantity deliveryNoteLineId }\n      payments { id amountCents }\n      creditNotes { id number totalTtcCents }\n    }\n  }\n": typeof types.InvoiceByIdDocument,
    "\n  query CustomerById($id: ID!) { customer(id: $id) { id legalName siren } }\n": typeof types.CustomerByIdDocument,
    "\n  query DeliveryNoteById($id: ID!) { deliveryNote(id: $id) { id number lines { id quantity invoicedQuantity } } }\n": typeof types.DeliveryNoteByIdDocument,
    "\n  query CatalogItemById($id: ID!) { catalogItem(id: $id) { id code label unitPriceCents } }\n": typeof types.CatalogItemByIdDocument,
    "\n  query CatalogItemCostSplit($id: ID!) { catalogItem(id: $id) { id materialsCents sellingCostsCents } }\n": typeof types.CatalogItemCostSplitDocument,
    "\n  query WhoAmI { me { userId organizationId roles } }\n": typeof types.WhoAmIDocument,
    "\n  query OrderList($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items { id number status orderDate totalTtcCents customer { id } establishment { id } }\n    }\n  }\n": typeof types.OrderListDocument,
    "\n  query QuoteList($options: QuoteListOptions) {\n    quotes(options: $options) { totalItems items { id number status quoteDate totalTtcCents customer { id } } }\n  }\n": typeof types.QuoteListDocument,
    "\n  query InvoiceList($options: InvoiceListOptions) {\n    invoices(options: $options) { totalItems items { id number status issueDate fiscalYear totalTtcCents customer { id } establishment { id } } }\n  }\n": typeof types.InvoiceListDocument,
    "\n  query DeliveryNoteList($options: DeliveryNoteListOptions) {\n    deliveryNotes(options: $options) { totalItems items { id number deliveryDate orderId } }\n  }\n": typeof types.DeliveryNoteListDocument,
    "\n  query PaymentList($options: PaymentListOptions) {\n    payments(options: $options) { totalItems items { id amountCents paymentDate invoiceId } }\n  }\n": typeof types.PaymentListDocument,
    "\n  query CustomerList($options: CustomerListOptions) {\n    customers(options: $options) { totalItems items { id legalName } }\n  }\n": typeof types.CustomerListDocument,
    "\n  query InvoicesPage($options: InvoiceListOptions) {\n    invoices(options: $options) {\n      totalItems\n      items {\n        id number status amountPaidCents amountCreditedCents amountDueCents\n        customer { legalName }\n        establishment { code }\n        vatBreakdown { vatRatePercent baseHtCents }\n        lines {\n          quantity creditedQuantity\n          catalogItem { code }\n          orderLine { id deliveredQuantity invoicedQuantity order { number customer { legalName } } }\n          deliveryNoteLine { id deliveryNote { number order { number } } }\n        }\n        payments { amountCents invoice { id } }\n        creditNotes { number }\n      }\n    }\n  }\n": typeof types.InvoicesPageDocument,
    "\n  mutation ImportWorkRecords($csv: String!) {\n    importWorkRecords(csv: $csv) {\n      __typename\n      ... on WorkRecordImport { imported skipped hours quantity rejectedQuantity beneficiaryCount firstWorkDate lastWorkDate warnings { code message lines } warningCount }\n      ... on ImportRejectedError { errorCode message errorCount rowCount rowErrors { line reason } }\n    }\n  }\n": typeof types.ImportWorkRecordsDocument,
};
const documents: Documents = {
    "\n  mutation DocumentsCreateItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) { __typename ... on CatalogItem { id } ... on ErrorResult { message } }\n  }\n": types.DocumentsCreateItemDocument,
    "\n  mutation DocumentsCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) { __typename ... on Customer { id } ... on ErrorResult { message } }\n  }\n": types.DocumentsCreateCustomerDocument,
    "\n  mutation DocumentsCreateOrder($input: OrderInput!) {\n    createOrder(input: $input) { __typename ... on Order { id number lines { id } } ... on ErrorResult { message } }\n  }\n": types.DocumentsCreateOrderDocument,
    "\n  mutation DocumentsMentions($input: InvoiceMentionsInput!) { updateInvoiceMentions(input: $input) { id } }\n": types.DocumentsMentionsDocument,
    "\n  mutation DocumentsIdentity($input: OrganizationIdentityInput!) { updateOrganizationIdentity(input: $input) { id } }\n": types.DocumentsIdentityDocument,
    "\n  query DocumentsUrls($id: ID!) { invoice(id: $id) { number documentUrl creditNotes { id number documentUrl } } }\n": types.DocumentsUrlsDocument,
    "\n      mutation DocumentsIssue($id: ID!, $issueDate: LocalDate) { issueInvoice(id: $id, issueDate: $issueDate) { __typename ... on LegalLimitError { parameter message } } }\n    ": types.DocumentsIssueDocument,
    "\n  query FunderReportQuery($establishmentId: ID!, $year: Int!) {\n    funderReport(establishmentId: $establishmentId, year: $year) {\n      establishmentId year provisional publishedAt privacyThreshold capacityKind capacity occupancyFte occupancyDays\n      total { people fte hours workingDaysPresent withheld withheldReason }\n      byStatus { status people fte hours withheld withheldReason }\n      byAgeBand { ageBand people fte hours withheld withheldReason }\n      revenue { activity serviceType netHtCents } revenueTotalCents\n      madContracts\n      mad { people hours withheld withheldReason }\n      prestationEnEntreprise { people hours withheld withheldReason }\n      entries { people withheld withheldReason }\n      exits { people withheld withheldReason }\n      exitsByDestination { destination people withheld withheldReason }\n      returns { people withheld withheldReason }\n      returnsUnderRightToReturn { people withheld withheldReason }\n      training { people hours withheld withheldReason }\n      raeEnrolled { people withheld withheldReason }\n      raeAttested { people withheld withheldReason }\n      aged50Plus { people withheld withheldReason }\n      disclosureNotes csvUrl\n    }\n  }\n": types.FunderReportQueryDocument,
    "\n  mutation FunderSetCapacity($input: EstablishmentCapacityInput!) {\n    setEstablishmentCapacity(input: $input) { __typename ... on EstablishmentCapacity { id kind validFrom value source } ... on ErrorResult { errorCode message } }\n  }\n": types.FunderSetCapacityDocument,
    "\n  mutation FunderRecordExit($input: BeneficiaryExitInput!) {\n    recordBeneficiaryExit(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate exitReason exitDestination rightToReturn } } ... on ErrorResult { errorCode message } }\n  }\n": types.FunderRecordExitDocument,
    "\n  mutation FunderRecordReturn($input: BeneficiaryReturnInput!) {\n    recordBeneficiaryReturn(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate rightToReturn } } ... on ErrorResult { errorCode message } }\n  }\n": types.FunderRecordReturnDocument,
    "\n  mutation FunderSetBirthYear($input: BeneficiaryBirthYearInput!) {\n    setBeneficiaryBirthYear(input: $input) { __typename ... on Beneficiary { id birthYear } ... on ErrorResult { errorCode message } }\n  }\n": types.FunderSetBirthYearDocument,
    "\n  mutation FunderRecordStep($input: PathwayStepInput!) {\n    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id kind startDate hours title } ... on ErrorResult { errorCode message } }\n  }\n": types.FunderRecordStepDocument,
    "\n  mutation CreateFunder($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id roles establishmentIds } ... on ErrorResult { errorCode message } }\n  }\n": types.CreateFunderDocument,
    "\n  query FunderReadsBeneficiaries { beneficiaries(options: { take: 5 }) { items { matricule } } }\n": types.FunderReadsBeneficiariesDocument,
    "\n  query OethDraft($establishmentId: ID!, $customerId: ID!, $year: Int!) {\n    oethAttestation(establishmentId: $establishmentId, customerId: $customerId, year: $year) {\n      status number year customerName customerSiren establishmentSiret\n      paidHtCents deductibleCostsCents labourCostCents deductionCents deductionRatePercent ubEquivalentNonLegal deadline\n      invoices { invoiceId invoiceNumber paidInYearCents htCents deductibleCostsCents labourCostCents }\n    }\n  }\n": types.OethDraftDocument,
    "\n  mutation IssueOeth($input: IssueOethAttestationInput!) {\n    issueOethAttestation(input: $input) {\n      __typename\n      ... on OethAttestation { id status number issueDate year paidHtCents deductibleCostsCents labourCostCents deductionCents pdfPath supersedesId invoices { invoiceNumber htCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.IssueOethDocument,
    "\n  mutation ReissueOeth($input: ReissueOethAttestationInput!) {\n    reissueOethAttestation(input: $input) {\n      __typename\n      ... on OethAttestation { id status number year paidHtCents deductionCents supersedesId correctionReason }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ReissueOethDocument,
    "\n  query IssuedOeth($id: ID!) {\n    issuedOethAttestation(id: $id) { id status number paidHtCents deductionCents pdfSha256 supersedesId supersededById invoices { invoiceNumber htCents } }\n  }\n": types.IssuedOethDocument,
    "\n  query OethList($options: OethAttestationListOptions) {\n    oethAttestations(options: $options) { totalItems items { id number status customerId year } }\n  }\n": types.OethListDocument,
    "\n  mutation CreateAttestationPartner($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }\n  }\n": types.CreateAttestationPartnerDocument,
    "\n  query OethInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }\n": types.OethInvoiceLinesDocument,
    "\n  mutation UpdateOrganizationIdentity($input: OrganizationIdentityInput!) {\n    updateOrganizationIdentity(input: $input) {\n      name legalForm rnaNumber rcsCity shareCapitalCents vatNumber\n      headOffice { line1 line2 postalCode city countryCode }\n    }\n  }\n": types.UpdateOrganizationIdentityDocument,
    "\n  mutation UpdateInvoiceMentions($input: InvoiceMentionsInput!) {\n    updateInvoiceMentions(input: $input) {\n      invoiceMentions { operationsNature latePenaltyTerms earlyPaymentDiscountTerms vatExemptionMention vatOnDebits socialValueLine recoveryIndemnityCents }\n    }\n  }\n": types.UpdateInvoiceMentionsDocument,
    "\n  mutation UpdateEstablishmentIdentity($id: ID!, $input: EstablishmentIdentityInput!) {\n    updateEstablishmentIdentity(id: $id, input: $input) {\n      __typename\n      ... on Establishment { id iban bic address { line1 postalCode city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.UpdateEstablishmentIdentityDocument,
    "\n  mutation SetOrganizationLogo($logo: LogoInput) {\n    setOrganizationLogo(logo: $logo) { hasLogo }\n  }\n": types.SetOrganizationLogoDocument,
    "\n  mutation CreateCustomerWithVat($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id vatNumber deliveryAddress { line1 city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateCustomerWithVatDocument,
    "\n  query PartnerImpactQuery($year: Int!, $customerId: ID) {\n    partnerImpact(year: $year, customerId: $customerId) {\n      customerId customerName year privacyThreshold\n      workCoveredUntil\n      total { hours beneficiaryCount withheld withheldReason }\n      months { month hours beneficiaryCount withheld withheldReason }\n      serviceTypes { serviceType hours beneficiaryCount withheld withheldReason }\n      netHtCents labourCostCents paidCents ubEquivalentNonLegal salesAsOf\n    }\n  }\n": types.PartnerImpactQueryDocument,
    "\n  mutation CreatePartner($input: UserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on User { id roles customerId }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  query PartnerPortalDocuments($year: Int!, $customerId: ID) {\n    partnerDocuments(year: $year, customerId: $customerId) {\n      customerId customerName year complete\n      orders { id number orderDate status customerReference totalHtCents totalVatCents totalTtcCents lines { position description quantity unitPriceCents vatRatePercent totalHtCents } }\n      deliveryNotes { id number deliveryDate orderNumber lines { description quantity } }\n      invoices { id number issueDate dueDate status totalHtCents totalVatCents totalTtcCents amountPaidCents amountCreditedCents amountDueCents lines { description quantity totalHtCents } }\n      creditNotes { id number issueDate invoiceNumber reason totalHtCents totalTtcCents }\n      payments { id invoiceNumber paymentDate amountCents method }\n    }\n  }\n": types.PartnerPortalDocumentsDocument,
    "\n  mutation CreatePortalPartner($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }\n  }\n": types.CreatePortalPartnerDocument,
    "\n  mutation CreatePortalKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on ApiKeyCreated { key } ... on ErrorResult { errorCode message } }\n  }\n": types.CreatePortalKeyDocument,
    "\n  mutation PortalIssueAttestation($input: IssueOethAttestationInput!) {\n    issueOethAttestation(input: $input) { __typename ... on OethAttestation { id number } ... on ErrorResult { errorCode message } }\n  }\n": types.PortalIssueAttestationDocument,
    "\n  query PortalInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }\n": types.PortalInvoiceLinesDocument,
    "\n  fragment WorkDayAnswer on WorkRecordResult {\n    __typename\n    ... on WorkRecord { id hours warnings { code message } }\n    ... on WorkDayLimitError { workDate recordedHours dayHours maxHours }\n    ... on ErrorResult { errorCode message }\n  }\n": types.WorkDayAnswerFragmentDoc,
    "\n  mutation RecordWorkDay($input: WorkRecordInput!) { recordWork(input: $input) { ...WorkDayAnswer } }\n": types.RecordWorkDayDocument,
    "\n  mutation CorrectWorkDay($id: ID!, $input: WorkRecordCorrectionInput!) { correctWorkRecord(id: $id, input: $input) { ...WorkDayAnswer } }\n": types.CorrectWorkDayDocument,
    "\n  query WorkDayRecords($options: WorkRecordListOptions) {\n    workRecords(options: $options) { items { id hours warnings { code message } } }\n  }\n": types.WorkDayRecordsDocument,
    "\n  mutation UpdateCostSplit($invoiceLineId: ID!, $input: CostSplitInput!) {\n    updateInvoiceLineCostSplit(invoiceLineId: $invoiceLineId, input: $input) {\n      __typename\n      ... on Invoice { id lines { id quantity totalHtCents materialsCents subcontractingCents intermediateConsumptionCents sellingCostsCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.UpdateCostSplitDocument,
    "\n  mutation IssueWithDates($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate dueDate fiscalYear }\n      ...SalesErrorDetails\n    }\n  }\n": types.IssueWithDatesDocument,
    "\n  mutation SkillsCreateStandard($input: JobStandardInput!) {\n    createJobStandard(input: $input) { __typename ... on JobStandard { id code title source } ... on ErrorResult { errorCode message } }\n  }\n": types.SkillsCreateStandardDocument,
    "\n  mutation SkillsCreateSkill($input: SkillInput!) {\n    createSkill(input: $input) { __typename ... on Skill { id code label jobStandard { code } } ... on ErrorResult { errorCode message } }\n  }\n": types.SkillsCreateSkillDocument,
    "\n  mutation SkillsSetActivitySkills($input: ActivitySkillsInput!) {\n    setActivitySkills(input: $input) { __typename ... on Activity { id skills { code } } ... on ErrorResult { errorCode message } }\n  }\n": types.SkillsSetActivitySkillsDocument,
    "\n  query SkillsStandards { jobStandards { code source skills { code label } } }\n": types.SkillsStandardsDocument,
    "\n  query SkillsEvidenceQuery($beneficiaryId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    skillsEvidence(beneficiaryId: $beneficiaryId, from: $from, to: $to) {\n      matricule\n      activities { activity workshop firstDate lastDate hours quantity rejectedQuantity quality\n        months { month hours quantity rejectedQuantity quality }\n        skills { code label jobStandardCode source } }\n      skills { code }\n      parcours { workshop startDate endDate }\n      pathwaySteps { kind title startDate hours }\n    }\n  }\n": types.SkillsEvidenceQueryDocument,
    "\n  mutation SkillsRecordStep($input: PathwayStepInput!) {\n    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id } ... on ErrorResult { errorCode message } }\n  }\n": types.SkillsRecordStepDocument,
    "\n  mutation ProdCreateWorkshop($input: WorkshopInput!) {\n    createWorkshop(input: $input) {\n      __typename\n      ... on Workshop { id code name establishmentId }\n      ... on DuplicateError { field }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdCreateWorkshopDocument,
    "\n  mutation ProdCreateActivity($input: ActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity { id code name workshopId }\n      ... on DuplicateError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdCreateActivityDocument,
    "\n  mutation ProdCreateWorkGroup($input: WorkGroupInput!) {\n    createWorkGroup(input: $input) {\n      __typename\n      ... on WorkGroup { id code name workshopId workshop { id code } }\n      ... on DuplicateError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdCreateWorkGroupDocument,
    "\n  mutation ProdCreateBeneficiary($input: BeneficiaryInput!) {\n    createBeneficiary(input: $input) {\n      __typename\n      ... on Beneficiary {\n        id matricule initials status workingTimeRatio weeklyHours entryDate exitDate mainWorkshopId workGroupId\n        parcours { workshopId workGroupId startDate endDate }\n      }\n      ... on DuplicateError { field }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdCreateBeneficiaryDocument,
    "\n  mutation ProdMoveBeneficiary($input: BeneficiaryMoveInput!) {\n    moveBeneficiary(input: $input) {\n      __typename\n      ... on Beneficiary {\n        id mainWorkshopId workGroupId\n        parcours { workshopId workGroupId startDate endDate workshop { code } workGroup { code } }\n      }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdMoveBeneficiaryDocument,
    "\n  mutation ProdAssignSupervisor($workshopId: ID!, $userId: ID!) {\n    assignWorkshopSupervisor(workshopId: $workshopId, userId: $userId) {\n      __typename\n      ... on Workshop { id }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdAssignSupervisorDocument,
    "\n  mutation ProdSetIdentity($input: BeneficiaryIdentityInput!) {\n    setBeneficiaryIdentity(input: $input) {\n      __typename\n      ... on Beneficiary { id }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdSetIdentityDocument,
    "\n  mutation ProdAddNote($input: MedicoSocialNoteInput!) {\n    addMedicoSocialNote(input: $input) {\n      __typename\n      ... on MedicoSocialNote { id noteDate body beneficiaryId }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdAddNoteDocument,
    "\n  query ProdBeneficiaryIdentity($id: ID!) {\n    beneficiary(id: $id) { id matricule identity { lastName firstName } }\n  }\n": types.ProdBeneficiaryIdentityDocument,
    "\n  query ProdBeneficiaryNotes($id: ID!) {\n    beneficiary(id: $id) { id matricule notes { noteDate body } }\n  }\n": types.ProdBeneficiaryNotesDocument,
    "\n  query ProdBeneficiaryCodes($id: ID!) {\n    beneficiary(id: $id) { id matricule initials status }\n  }\n": types.ProdBeneficiaryCodesDocument,
    "\n  query ProdBeneficiaryContract($id: ID!) {\n    beneficiary(id: $id) { id matricule workingTimeRatio weeklyHours entryDate }\n  }\n": types.ProdBeneficiaryContractDocument,
    "\n  query ProdBeneficiaryWorkingTime($id: ID!) { beneficiary(id: $id) { id workingTimeRatio } }\n": types.ProdBeneficiaryWorkingTimeDocument,
    "\n  query ProdBeneficiaryWeeklyHours($id: ID!) { beneficiary(id: $id) { id weeklyHours } }\n": types.ProdBeneficiaryWeeklyHoursDocument,
    "\n  query ProdBeneficiaryEntryDate($id: ID!) { beneficiary(id: $id) { id entryDate } }\n": types.ProdBeneficiaryEntryDateDocument,
    "\n  query ProdBeneficiaries($options: BeneficiaryListOptions) {\n    beneficiaries(options: $options) { totalItems items { id matricule } }\n  }\n": types.ProdBeneficiariesDocument,
    "\n  query ProdWorkshops { workshops(options: { take: 100 }) { totalItems items { id code } } }\n": types.ProdWorkshopsDocument,
    "\n  query ProdWorkshopPeople($id: ID!) {\n    workshop(id: $id) {\n      id code\n      beneficiaries { matricule }\n      workGroups { code members { matricule } }\n    }\n  }\n": types.ProdWorkshopPeopleDocument,
    "\n  mutation ProdCreateSheet($input: ProductionSheetInput!) {\n    createProductionSheet(input: $input) {\n      __typename\n      ... on ProductionSheet {\n        id number status orderId workshopId plannedStart plannedEnd\n        tasks { id orderLineId activityId description plannedQuantity plannedHours orderLine { id orderId } activity { code } }\n      }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdCreateSheetDocument,
    "\n  mutation ProdStartSheet($id: ID!) {\n    startProductionSheet(id: $id) {\n      __typename\n      ... on ProductionSheet { id status }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdStartSheetDocument,
    "\n  mutation ProdCompleteSheet($id: ID!) {\n    completeProductionSheet(id: $id) {\n      __typename\n      ... on ProductionSheet { id status }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdCompleteSheetDocument,
    "\n  query ProdSheetById($id: ID!) {\n    productionSheet(id: $id) { id status order { id number } tasks { id orderLineId } }\n  }\n": types.ProdSheetByIdDocument,
    "\n  query ProdOrderProduction($id: ID!) {\n    order(id: $id) {\n      id\n      productionSheets { id number status }\n      lines { id productionTasks { id productionSheetId } }\n    }\n  }\n": types.ProdOrderProductionDocument,
    "\n  mutation ProdAllocate($input: AllocationInput!) {\n    allocate(input: $input) {\n      __typename\n      ... on Allocation {\n        id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity\n        beneficiary { matricule } workGroup { code }\n      }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdAllocateDocument,
    "\n  mutation ProdExpandGroupAllocation($id: ID!) {\n    expandGroupAllocation(id: $id) {\n      __typename\n      ... on AllocationExpansion { allocations { id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity beneficiary { matricule } } }\n      ... on InvalidStateError { currentState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdExpandGroupAllocationDocument,
    "\n  query ProdOrderAllocations($id: ID!) {\n    order(id: $id) {\n      id\n      lines { id allocations { id beneficiaryId workGroupId plannedHours plannedQuantity productionTaskId beneficiary { matricule } workGroup { code } } }\n    }\n  }\n": types.ProdOrderAllocationsDocument,
    "\n  mutation ProdRecordWork($input: WorkRecordInput!) {\n    recordWork(input: $input) {\n      __typename\n      ... on WorkRecord {\n        id beneficiaryId workDate orderLineId productionTaskId madContractId hours quantity rejectedQuantity comment status correctsId recordedBy\n      }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdRecordWorkDocument,
    "\n  mutation ProdValidateWorkRecords($ids: [ID!]!) {\n    validateWorkRecords(ids: $ids) {\n      __typename\n      ... on WorkRecordValidation { records { id status validatedBy validatedAt hours } }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdValidateWorkRecordsDocument,
    "\n  mutation ProdCorrectWorkRecord($id: ID!, $input: WorkRecordCorrectionInput!) {\n    correctWorkRecord(id: $id, input: $input) {\n      __typename\n      ... on WorkRecord { id correctsId status hours quantity rejectedQuantity comment workDate beneficiaryId orderLineId }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdCorrectWorkRecordDocument,
    "\n  query ProdWorkRecords($options: WorkRecordListOptions) {\n    workRecords(options: $options) {\n      totalItems\n      items { id workDate hours quantity rejectedQuantity status correctsId corrections { id hours quantity rejectedQuantity status } }\n    }\n  }\n": types.ProdWorkRecordsDocument,
    "\n  query ProdOrderContribution($id: ID!) {\n    order(id: $id) {\n      id\n      lines {\n        id quantity\n        contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n        deliveryLines {\n          id quantity\n          contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n          invoiceLines {\n            id quantity creditedQuantity invoice { id status }\n            contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n          }\n        }\n        invoiceLines { id quantity contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n      }\n    }\n  }\n": types.ProdOrderContributionDocument,
    "\n  query ProdDeliveryNoteContribution($id: ID!) {\n    deliveryNote(id: $id) {\n      id\n      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n    }\n  }\n": types.ProdDeliveryNoteContributionDocument,
    "\n  query ProdInvoiceContribution($id: ID!) {\n    invoice(id: $id) {\n      id\n      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n    }\n  }\n": types.ProdInvoiceContributionDocument,
    "\n  query ProdOrderContributionAggregates($id: ID!) {\n    order(id: $id) { id lines { id contribution { hours quantity rejectedQuantity beneficiaryCount } } }\n  }\n": types.ProdOrderContributionAggregatesDocument,
    "\n  query ProdOrderContributionCodes($id: ID!) {\n    order(id: $id) { id lines { id contribution { beneficiaryCount beneficiaryCodes } } }\n  }\n": types.ProdOrderContributionCodesDocument,
    "\n  query ProdOrderLineWorkRecords($id: ID!) {\n    order(id: $id) { id lines { id workRecords { id hours } } }\n  }\n": types.ProdOrderLineWorkRecordsDocument,
    "\n  query ProdBeneficiaryPeriod($id: ID!, $period: DateRangeInput) {\n    beneficiary(id: $id) {\n      id\n      workRecords(period: $period) { id workDate hours status }\n      contribution(period: $period) { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n    }\n  }\n": types.ProdBeneficiaryPeriodDocument,
    "\n  query ProdBeneficiaryTwoPeriods($id: ID!, $first: DateRangeInput, $second: DateRangeInput) {\n    beneficiary(id: $id) {\n      id\n      january: contribution(period: $first) { hours }\n      march: contribution(period: $second) { hours }\n      januaryRecords: workRecords(period: $first) { workDate }\n      marchRecords: workRecords(period: $second) { workDate }\n    }\n  }\n": types.ProdBeneficiaryTwoPeriodsDocument,
    "\n  query ProdBeneficiaryWorkRecords($id: ID!) {\n    beneficiary(id: $id) { id workRecords { id hours } }\n  }\n": types.ProdBeneficiaryWorkRecordsDocument,
    "\n  mutation ProdCreateMadContract($input: MadContractInput!) {\n    createMadContract(input: $input) {\n      __typename\n      ... on MadContract { id number kind startDate endDate orderLineId daysUntilEnd endingSoon teamSize beneficiaries { matricule } }\n      ... on LegalLimitError { parameter }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ProdCreateMadContractDocument,
    "\n  query ProdMadContract($id: ID!) {\n    madContract(id: $id) { id number startDate endDate daysUntilEnd endingSoon }\n  }\n": types.ProdMadContractDocument,
    "\n  query ProdMadContracts($options: MadContractListOptions) {\n    madContracts(options: $options) { totalItems items { id number endDate daysUntilEnd endingSoon } }\n  }\n": types.ProdMadContractsDocument,
    "\n  query ProdOrdersWithAllocations($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id\n        lines {\n          id\n          allocations { plannedHours beneficiary { matricule } }\n          contribution { hours beneficiaryCount beneficiaryCodes }\n        }\n      }\n    }\n  }\n": types.ProdOrdersWithAllocationsDocument,
    "\n  query ProdMutationFields { __type(name: \"Mutation\") { fields { name } } }\n": types.ProdMutationFieldsDocument,
    "\n  mutation CreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id legalName siren billingAddress { city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation CreateCatalogItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) {\n      __typename\n      ... on CatalogItem { id code unitPriceCents vatRatePercent }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateCatalogItemDocument,
    "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      __typename\n      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on ErrorResult { errorCode message }\n      ... on NotFoundError { field }\n    }\n  }\n": types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) {\n      __typename\n      ... on Quote { id status totalHtCents lines { quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.UpdateQuoteDocument,
    "\n  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": types.SendQuoteDocument,
    "\n  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": types.AcceptQuoteDocument,
    "\n  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": types.RefuseQuoteDocument,
    "\n  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n": types.ExpireQuoteDocument,
    "\n  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) {\n      __typename\n      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.ConvertQuoteDocument,
    "\n  mutation CreateOrder($input: OrderInput!) {\n    createOrder(input: $input) {\n      __typename\n      ... on Order { id number status lines { id quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateOrderDocument,
    "\n  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": types.StartProductionDocument,
    "\n  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": types.CancelOrderDocument,
    "\n  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n": types.CloseOrderDocument,
    "\n  mutation DeliverOrder($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.DeliverOrderDocument,
    "\n  mutation CreateInvoice($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateInvoiceDocument,
    "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) {\n      __typename\n      ... on Invoice { id status totalTtcCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.UpdateInvoiceDocument,
    "\n  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }\n": types.DeleteInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }\n      ... on OverpaymentError { amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n": types.CreateCreditNoteDocument,
    "\n  query InvoiceChain($id: ID!) {\n    invoice(id: $id) {\n      id number status totalHtCents totalVatCents totalTtcCents createdAt updatedAt\n      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }\n      customer { id legalName }\n      lines {\n        quantity\n        deliveryNoteLine { id deliveryNote { number } }\n        orderLine { id order { number quote { number } } quoteLine { id } }\n      }\n      payments { amountCents }\n    }\n  }\n": types.InvoiceChainDocument,
    "\n  query OrdersPage($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id number status\n        customer { legalName }\n        lines {\n          quantity deliveredQuantity invoicedQuantity\n          catalogItem { code }\n          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }\n        }\n      }\n    }\n  }\n": types.OrdersPageDocument,
    "\n  fragment SalesErrorDetails on ErrorResult {\n    __typename\n    errorCode\n    message\n    ... on InvalidStateError { currentState attemptedState }\n    ... on NotFoundError { field }\n    ... on QuantityExceededError { lineId requested remaining }\n    ... on OverpaymentError { overpaymentDueCents: amountDueCents }\n    ... on DuplicateError { field }\n    ... on LegalLimitError { parameter }\n  }\n": types.SalesErrorDetailsFragmentDoc,
    "\n  mutation CreateCustomerChecked($input: CustomerInput!) {\n    createCustomer(input: $input) { __typename ... on Customer { id legalName siren } ...SalesErrorDetails }\n  }\n": types.CreateCustomerCheckedDocument,
    "\n  mutation CreateCatalogItemChecked($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) { __typename ... on CatalogItem { id code unitPriceCents vatRatePercent establishmentId } ...SalesErrorDetails }\n  }\n": types.CreateCatalogItemCheckedDocument,
    "\n  mutation CreateQuoteChecked($input: QuoteInput!) {\n    createQuote(input: $input) { __typename ... on Quote { id number status quoteDate validUntil lines { id quantity } } ...SalesErrorDetails }\n  }\n": types.CreateQuoteCheckedDocument,
    "\n  mutation UpdateQuoteChecked($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) { __typename ... on Quote { id status notes totalHtCents lines { quantity } } ...SalesErrorDetails }\n  }\n": types.UpdateQuoteCheckedDocument,
    "\n  mutation SendQuoteChecked($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n": types.SendQuoteCheckedDocument,
    "\n  mutation AcceptQuoteChecked($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n": types.AcceptQuoteCheckedDocument,
    "\n  mutation RefuseQuoteChecked($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n": types.RefuseQuoteCheckedDocument,
    "\n  mutation ExpireQuoteChecked($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n": types.ExpireQuoteCheckedDocument,
    "\n  mutation ConvertQuoteChecked($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) { __typename ... on Order { id number status quoteId lines { id quantity } } ...SalesErrorDetails }\n  }\n": types.ConvertQuoteCheckedDocument,
    "\n  mutation CreateOrderChecked($input: OrderInput!) {\n    createOrder(input: $input) { __typename ... on Order { id number status orderDate totalTtcCents lines { id quantity } } ...SalesErrorDetails }\n  }\n": types.CreateOrderCheckedDocument,
    "\n  mutation StartProductionChecked($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n": types.StartProductionCheckedDocument,
    "\n  mutation CancelOrderChecked($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n": types.CancelOrderCheckedDocument,
    "\n  mutation CloseOrderChecked($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n": types.CloseOrderCheckedDocument,
    "\n  mutation DeliverOrderChecked($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number deliveryDate order { id status } lines { id quantity orderLineId } }\n      ...SalesErrorDetails\n    }\n  }\n": types.DeliverOrderCheckedDocument,
    "\n  mutation CreateInvoiceChecked($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalTtcCents lines { id quantity deliveryNoteLineId } }\n      ...SalesErrorDetails\n    }\n  }\n": types.CreateInvoiceCheckedDocument,
    "\n  mutation UpdateInvoiceChecked($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) { __typename ... on Invoice { id status notes dueDate totalTtcCents lines { quantity } } ...SalesErrorDetails }\n  }\n": types.UpdateInvoiceCheckedDocument,
    "\n  mutation DeleteInvoiceChecked($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id status } ...SalesErrorDetails } }\n": types.DeleteInvoiceCheckedDocument,
    "\n  mutation IssueInvoiceChecked($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ...SalesErrorDetails\n    }\n  }\n": types.IssueInvoiceCheckedDocument,
    "\n  mutation RecordPaymentChecked($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }\n      ...SalesErrorDetails\n    }\n  }\n": types.RecordPaymentCheckedDocument,
    "\n  mutation CreateCreditNoteChecked($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }\n      ...SalesErrorDetails\n    }\n  }\n": types.CreateCreditNoteCheckedDocument,
    "\n  query QuoteById($id: ID!) {\n    quote(id: $id) { id number status notes validUntil totalHtCents customer { id legalName } lines { id quantity } order { id number } }\n  }\n": types.QuoteByIdDocument,
    "\n  query OrderById($id: ID!) {\n    order(id: $id) {\n      id number status totalTtcCents customer { id legalName }\n      lines { id quantity deliveredQuantity invoicedQuantity deliveryLines { id quantity invoicedQuantity } }\n      deliveryNotes { id number }\n      invoices { id status }\n    }\n  }\n": types.OrderByIdDocument,
    "\n  query InvoiceById($id: ID!) {\n    invoice(id: $id) {\n      id number status issueDate dueDate notes fiscalYear sequenceNumber totalHtCents totalTtcCents\n      amountPaidCents amountCreditedCents amountDueCents\n      customer { id legalName }\n      lines { id quantity creditedQuantity deliveryNoteLineId }\n      payments { id amountCents }\n      creditNotes { id number totalTtcCents }\n    }\n  }\n": types.InvoiceByIdDocument,
    "\n  query CustomerById($id: ID!) { customer(id: $id) { id legalName siren } }\n": types.CustomerByIdDocument,
    "\n  query DeliveryNoteById($id: ID!) { deliveryNote(id: $id) { id number lines { id quantity invoicedQuantity } } }\n": types.DeliveryNoteByIdDocument,
    "\n  query CatalogItemById($id: ID!) { catalogItem(id: $id) { id code label unitPriceCents } }\n": types.CatalogItemByIdDocument,
    "\n  query CatalogItemCostSplit($id: ID!) { catalogItem(id: $id) { id materialsCents sellingCostsCents } }\n": types.CatalogItemCostSplitDocument,
    "\n  query WhoAmI { me { userId organizationId roles } }\n": types.WhoAmIDocument,
    "\n  query OrderList($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items { id number status orderDate totalTtcCents customer { id } establishment { id } }\n    }\n  }\n": types.OrderListDocument,
    "\n  query QuoteList($options: QuoteListOptions) {\n    quotes(options: $options) { totalItems items { id number status quoteDate totalTtcCents customer { id } } }\n  }\n": types.QuoteListDocument,
    "\n  query InvoiceList($options: InvoiceListOptions) {\n    invoices(options: $options) { totalItems items { id number status issueDate fiscalYear totalTtcCents customer { id } establishment { id } } }\n  }\n": types.InvoiceListDocument,
    "\n  query DeliveryNoteList($options: DeliveryNoteListOptions) {\n    deliveryNotes(options: $options) { totalItems items { id number deliveryDate orderId } }\n  }\n": types.DeliveryNoteListDocument,
    "\n  query PaymentList($options: PaymentListOptions) {\n    payments(options: $options) { totalItems items { id amountCents paymentDate invoiceId } }\n  }\n": types.PaymentListDocument,
    "\n  query CustomerList($options: CustomerListOptions) {\n    customers(options: $options) { totalItems items { id legalName } }\n  }\n": types.CustomerListDocument,
    "\n  query InvoicesPage($options: InvoiceListOptions) {\n    invoices(options: $options) {\n      totalItems\n      items {\n        id number status amountPaidCents amountCreditedCents amountDueCents\n        customer { legalName }\n        establishment { code }\n        vatBreakdown { vatRatePercent baseHtCents }\n        lines {\n          quantity creditedQuantity\n          catalogItem { code }\n          orderLine { id deliveredQuantity invoicedQuantity order { number customer { legalName } } }\n          deliveryNoteLine { id deliveryNote { number order { number } } }\n        }\n        payments { amountCents invoice { id } }\n        creditNotes { number }\n      }\n    }\n  }\n": types.InvoicesPageDocument,
    "\n  mutation ImportWorkRecords($csv: String!) {\n    importWorkRecords(csv: $csv) {\n      __typename\n      ... on WorkRecordImport { imported skipped hours quantity rejectedQuantity beneficiaryCount firstWorkDate lastWorkDate warnings { code message lines } warningCount }\n      ... on ImportRejectedError { errorCode message errorCount rowCount rowErrors { line reason } }\n    }\n  }\n": types.ImportWorkRecordsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsCreateItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) { __typename ... on CatalogItem { id } ... on ErrorResult { message } }\n  }\n"): (typeof documents)["\n  mutation DocumentsCreateItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) { __typename ... on CatalogItem { id } ... on ErrorResult { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) { __typename ... on Customer { id } ... on ErrorResult { message } }\n  }\n"): (typeof documents)["\n  mutation DocumentsCreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) { __typename ... on Customer { id } ... on ErrorResult { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsCreateOrder($input: OrderInput!) {\n    createOrder(input: $input) { __typename ... on Order { id number lines { id } } ... on ErrorResult { message } }\n  }\n"): (typeof documents)["\n  mutation DocumentsCreateOrder($input: OrderInput!) {\n    createOrder(input: $input) { __typename ... on Order { id number lines { id } } ... on ErrorResult { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsMentions($input: InvoiceMentionsInput!) { updateInvoiceMentions(input: $input) { id } }\n"): (typeof documents)["\n  mutation DocumentsMentions($input: InvoiceMentionsInput!) { updateInvoiceMentions(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsIdentity($input: OrganizationIdentityInput!) { updateOrganizationIdentity(input: $input) { id } }\n"): (typeof documents)["\n  mutation DocumentsIdentity($input: OrganizationIdentityInput!) { updateOrganizationIdentity(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsUrls($id: ID!) { invoice(id: $id) { number documentUrl creditNotes { id number documentUrl } } }\n"): (typeof documents)["\n  query DocumentsUrls($id: ID!) { invoice(id: $id) { number documentUrl creditNotes { id number documentUrl } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DocumentsIssue($id: ID!, $issueDate: LocalDate) { issueInvoice(id: $id, issueDate: $issueDate) { __typename ... on LegalLimitError { parameter message } } }\n    "): (typeof documents)["\n      mutation DocumentsIssue($id: ID!, $issueDate: LocalDate) { issueInvoice(id: $id, issueDate: $issueDate) { __typename ... on LegalLimitError { parameter message } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunderReportQuery($establishmentId: ID!, $year: Int!) {\n    funderReport(establishmentId: $establishmentId, year: $year) {\n      establishmentId year provisional publishedAt privacyThreshold capacityKind capacity occupancyFte occupancyDays\n      total { people fte hours workingDaysPresent withheld withheldReason }\n      byStatus { status people fte hours withheld withheldReason }\n      byAgeBand { ageBand people fte hours withheld withheldReason }\n      revenue { activity serviceType netHtCents } revenueTotalCents\n      madContracts\n      mad { people hours withheld withheldReason }\n      prestationEnEntreprise { people hours withheld withheldReason }\n      entries { people withheld withheldReason }\n      exits { people withheld withheldReason }\n      exitsByDestination { destination people withheld withheldReason }\n      returns { people withheld withheldReason }\n      returnsUnderRightToReturn { people withheld withheldReason }\n      training { people hours withheld withheldReason }\n      raeEnrolled { people withheld withheldReason }\n      raeAttested { people withheld withheldReason }\n      aged50Plus { people withheld withheldReason }\n      disclosureNotes csvUrl\n    }\n  }\n"): (typeof documents)["\n  query FunderReportQuery($establishmentId: ID!, $year: Int!) {\n    funderReport(establishmentId: $establishmentId, year: $year) {\n      establishmentId year provisional publishedAt privacyThreshold capacityKind capacity occupancyFte occupancyDays\n      total { people fte hours workingDaysPresent withheld withheldReason }\n      byStatus { status people fte hours withheld withheldReason }\n      byAgeBand { ageBand people fte hours withheld withheldReason }\n      revenue { activity serviceType netHtCents } revenueTotalCents\n      madContracts\n      mad { people hours withheld withheldReason }\n      prestationEnEntreprise { people hours withheld withheldReason }\n      entries { people withheld withheldReason }\n      exits { people withheld withheldReason }\n      exitsByDestination { destination people withheld withheldReason }\n      returns { people withheld withheldReason }\n      returnsUnderRightToReturn { people withheld withheldReason }\n      training { people hours withheld withheldReason }\n      raeEnrolled { people withheld withheldReason }\n      raeAttested { people withheld withheldReason }\n      aged50Plus { people withheld withheldReason }\n      disclosureNotes csvUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FunderSetCapacity($input: EstablishmentCapacityInput!) {\n    setEstablishmentCapacity(input: $input) { __typename ... on EstablishmentCapacity { id kind validFrom value source } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation FunderSetCapacity($input: EstablishmentCapacityInput!) {\n    setEstablishmentCapacity(input: $input) { __typename ... on EstablishmentCapacity { id kind validFrom value source } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FunderRecordExit($input: BeneficiaryExitInput!) {\n    recordBeneficiaryExit(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate exitReason exitDestination rightToReturn } } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation FunderRecordExit($input: BeneficiaryExitInput!) {\n    recordBeneficiaryExit(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate exitReason exitDestination rightToReturn } } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FunderRecordReturn($input: BeneficiaryReturnInput!) {\n    recordBeneficiaryReturn(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate rightToReturn } } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation FunderRecordReturn($input: BeneficiaryReturnInput!) {\n    recordBeneficiaryReturn(input: $input) { __typename ... on Beneficiary { id exitDate movements { kind movementDate rightToReturn } } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FunderSetBirthYear($input: BeneficiaryBirthYearInput!) {\n    setBeneficiaryBirthYear(input: $input) { __typename ... on Beneficiary { id birthYear } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation FunderSetBirthYear($input: BeneficiaryBirthYearInput!) {\n    setBeneficiaryBirthYear(input: $input) { __typename ... on Beneficiary { id birthYear } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FunderRecordStep($input: PathwayStepInput!) {\n    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id kind startDate hours title } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation FunderRecordStep($input: PathwayStepInput!) {\n    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id kind startDate hours title } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFunder($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id roles establishmentIds } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation CreateFunder($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id roles establishmentIds } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunderReadsBeneficiaries { beneficiaries(options: { take: 5 }) { items { matricule } } }\n"): (typeof documents)["\n  query FunderReadsBeneficiaries { beneficiaries(options: { take: 5 }) { items { matricule } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OethDraft($establishmentId: ID!, $customerId: ID!, $year: Int!) {\n    oethAttestation(establishmentId: $establishmentId, customerId: $customerId, year: $year) {\n      status number year customerName customerSiren establishmentSiret\n      paidHtCents deductibleCostsCents labourCostCents deductionCents deductionRatePercent ubEquivalentNonLegal deadline\n      invoices { invoiceId invoiceNumber paidInYearCents htCents deductibleCostsCents labourCostCents }\n    }\n  }\n"): (typeof documents)["\n  query OethDraft($establishmentId: ID!, $customerId: ID!, $year: Int!) {\n    oethAttestation(establishmentId: $establishmentId, customerId: $customerId, year: $year) {\n      status number year customerName customerSiren establishmentSiret\n      paidHtCents deductibleCostsCents labourCostCents deductionCents deductionRatePercent ubEquivalentNonLegal deadline\n      invoices { invoiceId invoiceNumber paidInYearCents htCents deductibleCostsCents labourCostCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueOeth($input: IssueOethAttestationInput!) {\n    issueOethAttestation(input: $input) {\n      __typename\n      ... on OethAttestation { id status number issueDate year paidHtCents deductibleCostsCents labourCostCents deductionCents pdfPath supersedesId invoices { invoiceNumber htCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueOeth($input: IssueOethAttestationInput!) {\n    issueOethAttestation(input: $input) {\n      __typename\n      ... on OethAttestation { id status number issueDate year paidHtCents deductibleCostsCents labourCostCents deductionCents pdfPath supersedesId invoices { invoiceNumber htCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueOeth($input: ReissueOethAttestationInput!) {\n    reissueOethAttestation(input: $input) {\n      __typename\n      ... on OethAttestation { id status number year paidHtCents deductionCents supersedesId correctionReason }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueOeth($input: ReissueOethAttestationInput!) {\n    reissueOethAttestation(input: $input) {\n      __typename\n      ... on OethAttestation { id status number year paidHtCents deductionCents supersedesId correctionReason }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedOeth($id: ID!) {\n    issuedOethAttestation(id: $id) { id status number paidHtCents deductionCents pdfSha256 supersedesId supersededById invoices { invoiceNumber htCents } }\n  }\n"): (typeof documents)["\n  query IssuedOeth($id: ID!) {\n    issuedOethAttestation(id: $id) { id status number paidHtCents deductionCents pdfSha256 supersedesId supersededById invoices { invoiceNumber htCents } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OethList($options: OethAttestationListOptions) {\n    oethAttestations(options: $options) { totalItems items { id number status customerId year } }\n  }\n"): (typeof documents)["\n  query OethList($options: OethAttestationListOptions) {\n    oethAttestations(options: $options) { totalItems items { id number status customerId year } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAttestationPartner($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation CreateAttestationPartner($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OethInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }\n"): (typeof documents)["\n  query OethInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationIdentity($input: OrganizationIdentityInput!) {\n    updateOrganizationIdentity(input: $input) {\n      name legalForm rnaNumber rcsCity shareCapitalCents vatNumber\n      headOffice { line1 line2 postalCode city countryCode }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationIdentity($input: OrganizationIdentityInput!) {\n    updateOrganizationIdentity(input: $input) {\n      name legalForm rnaNumber rcsCity shareCapitalCents vatNumber\n      headOffice { line1 line2 postalCode city countryCode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvoiceMentions($input: InvoiceMentionsInput!) {\n    updateInvoiceMentions(input: $input) {\n      invoiceMentions { operationsNature latePenaltyTerms earlyPaymentDiscountTerms vatExemptionMention vatOnDebits socialValueLine recoveryIndemnityCents }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInvoiceMentions($input: InvoiceMentionsInput!) {\n    updateInvoiceMentions(input: $input) {\n      invoiceMentions { operationsNature latePenaltyTerms earlyPaymentDiscountTerms vatExemptionMention vatOnDebits socialValueLine recoveryIndemnityCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEstablishmentIdentity($id: ID!, $input: EstablishmentIdentityInput!) {\n    updateEstablishmentIdentity(id: $id, input: $input) {\n      __typename\n      ... on Establishment { id iban bic address { line1 postalCode city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEstablishmentIdentity($id: ID!, $input: EstablishmentIdentityInput!) {\n    updateEstablishmentIdentity(id: $id, input: $input) {\n      __typename\n      ... on Establishment { id iban bic address { line1 postalCode city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganizationLogo($logo: LogoInput) {\n    setOrganizationLogo(logo: $logo) { hasLogo }\n  }\n"): (typeof documents)["\n  mutation SetOrganizationLogo($logo: LogoInput) {\n    setOrganizationLogo(logo: $logo) { hasLogo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerWithVat($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id vatNumber deliveryAddress { line1 city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomerWithVat($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id vatNumber deliveryAddress { line1 city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerImpactQuery($year: Int!, $customerId: ID) {\n    partnerImpact(year: $year, customerId: $customerId) {\n      customerId customerName year privacyThreshold\n      workCoveredUntil\n      total { hours beneficiaryCount withheld withheldReason }\n      months { month hours beneficiaryCount withheld withheldReason }\n      serviceTypes { serviceType hours beneficiaryCount withheld withheldReason }\n      netHtCents labourCostCents paidCents ubEquivalentNonLegal salesAsOf\n    }\n  }\n"): (typeof documents)["\n  query PartnerImpactQuery($year: Int!, $customerId: ID) {\n    partnerImpact(year: $year, customerId: $customerId) {\n      customerId customerName year privacyThreshold\n      workCoveredUntil\n      total { hours beneficiaryCount withheld withheldReason }\n      months { month hours beneficiaryCount withheld withheldReason }\n      serviceTypes { serviceType hours beneficiaryCount withheld withheldReason }\n      netHtCents labourCostCents paidCents ubEquivalentNonLegal salesAsOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: UserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on User { id roles customerId }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: UserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on User { id roles customerId }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPortalDocuments($year: Int!, $customerId: ID) {\n    partnerDocuments(year: $year, customerId: $customerId) {\n      customerId customerName year complete\n      orders { id number orderDate status customerReference totalHtCents totalVatCents totalTtcCents lines { position description quantity unitPriceCents vatRatePercent totalHtCents } }\n      deliveryNotes { id number deliveryDate orderNumber lines { description quantity } }\n      invoices { id number issueDate dueDate status totalHtCents totalVatCents totalTtcCents amountPaidCents amountCreditedCents amountDueCents lines { description quantity totalHtCents } }\n      creditNotes { id number issueDate invoiceNumber reason totalHtCents totalTtcCents }\n      payments { id invoiceNumber paymentDate amountCents method }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPortalDocuments($year: Int!, $customerId: ID) {\n    partnerDocuments(year: $year, customerId: $customerId) {\n      customerId customerName year complete\n      orders { id number orderDate status customerReference totalHtCents totalVatCents totalTtcCents lines { position description quantity unitPriceCents vatRatePercent totalHtCents } }\n      deliveryNotes { id number deliveryDate orderNumber lines { description quantity } }\n      invoices { id number issueDate dueDate status totalHtCents totalVatCents totalTtcCents amountPaidCents amountCreditedCents amountDueCents lines { description quantity totalHtCents } }\n      creditNotes { id number issueDate invoiceNumber reason totalHtCents totalTtcCents }\n      payments { id invoiceNumber paymentDate amountCents method }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePortalPartner($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation CreatePortalPartner($input: UserInput!) {\n    createUser(input: $input) { __typename ... on User { id } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePortalKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on ApiKeyCreated { key } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation CreatePortalKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on ApiKeyCreated { key } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalIssueAttestation($input: IssueOethAttestationInput!) {\n    issueOethAttestation(input: $input) { __typename ... on OethAttestation { id number } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation PortalIssueAttestation($input: IssueOethAttestationInput!) {\n    issueOethAttestation(input: $input) { __typename ... on OethAttestation { id number } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }\n"): (typeof documents)["\n  query PortalInvoiceLines($id: ID!) { invoice(id: $id) { lines { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkDayAnswer on WorkRecordResult {\n    __typename\n    ... on WorkRecord { id hours warnings { code message } }\n    ... on WorkDayLimitError { workDate recordedHours dayHours maxHours }\n    ... on ErrorResult { errorCode message }\n  }\n"): (typeof documents)["\n  fragment WorkDayAnswer on WorkRecordResult {\n    __typename\n    ... on WorkRecord { id hours warnings { code message } }\n    ... on WorkDayLimitError { workDate recordedHours dayHours maxHours }\n    ... on ErrorResult { errorCode message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWorkDay($input: WorkRecordInput!) { recordWork(input: $input) { ...WorkDayAnswer } }\n"): (typeof documents)["\n  mutation RecordWorkDay($input: WorkRecordInput!) { recordWork(input: $input) { ...WorkDayAnswer } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectWorkDay($id: ID!, $input: WorkRecordCorrectionInput!) { correctWorkRecord(id: $id, input: $input) { ...WorkDayAnswer } }\n"): (typeof documents)["\n  mutation CorrectWorkDay($id: ID!, $input: WorkRecordCorrectionInput!) { correctWorkRecord(id: $id, input: $input) { ...WorkDayAnswer } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkDayRecords($options: WorkRecordListOptions) {\n    workRecords(options: $options) { items { id hours warnings { code message } } }\n  }\n"): (typeof documents)["\n  query WorkDayRecords($options: WorkRecordListOptions) {\n    workRecords(options: $options) { items { id hours warnings { code message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCostSplit($invoiceLineId: ID!, $input: CostSplitInput!) {\n    updateInvoiceLineCostSplit(invoiceLineId: $invoiceLineId, input: $input) {\n      __typename\n      ... on Invoice { id lines { id quantity totalHtCents materialsCents subcontractingCents intermediateConsumptionCents sellingCostsCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCostSplit($invoiceLineId: ID!, $input: CostSplitInput!) {\n    updateInvoiceLineCostSplit(invoiceLineId: $invoiceLineId, input: $input) {\n      __typename\n      ... on Invoice { id lines { id quantity totalHtCents materialsCents subcontractingCents intermediateConsumptionCents sellingCostsCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueWithDates($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate dueDate fiscalYear }\n      ...SalesErrorDetails\n    }\n  }\n"): (typeof documents)["\n  mutation IssueWithDates($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate dueDate fiscalYear }\n      ...SalesErrorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkillsCreateStandard($input: JobStandardInput!) {\n    createJobStandard(input: $input) { __typename ... on JobStandard { id code title source } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation SkillsCreateStandard($input: JobStandardInput!) {\n    createJobStandard(input: $input) { __typename ... on JobStandard { id code title source } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkillsCreateSkill($input: SkillInput!) {\n    createSkill(input: $input) { __typename ... on Skill { id code label jobStandard { code } } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation SkillsCreateSkill($input: SkillInput!) {\n    createSkill(input: $input) { __typename ... on Skill { id code label jobStandard { code } } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkillsSetActivitySkills($input: ActivitySkillsInput!) {\n    setActivitySkills(input: $input) { __typename ... on Activity { id skills { code } } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation SkillsSetActivitySkills($input: ActivitySkillsInput!) {\n    setActivitySkills(input: $input) { __typename ... on Activity { id skills { code } } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillsStandards { jobStandards { code source skills { code label } } }\n"): (typeof documents)["\n  query SkillsStandards { jobStandards { code source skills { code label } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillsEvidenceQuery($beneficiaryId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    skillsEvidence(beneficiaryId: $beneficiaryId, from: $from, to: $to) {\n      matricule\n      activities { activity workshop firstDate lastDate hours quantity rejectedQuantity quality\n        months { month hours quantity rejectedQuantity quality }\n        skills { code label jobStandardCode source } }\n      skills { code }\n      parcours { workshop startDate endDate }\n      pathwaySteps { kind title startDate hours }\n    }\n  }\n"): (typeof documents)["\n  query SkillsEvidenceQuery($beneficiaryId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    skillsEvidence(beneficiaryId: $beneficiaryId, from: $from, to: $to) {\n      matricule\n      activities { activity workshop firstDate lastDate hours quantity rejectedQuantity quality\n        months { month hours quantity rejectedQuantity quality }\n        skills { code label jobStandardCode source } }\n      skills { code }\n      parcours { workshop startDate endDate }\n      pathwaySteps { kind title startDate hours }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkillsRecordStep($input: PathwayStepInput!) {\n    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id } ... on ErrorResult { errorCode message } }\n  }\n"): (typeof documents)["\n  mutation SkillsRecordStep($input: PathwayStepInput!) {\n    recordPathwayStep(input: $input) { __typename ... on PathwayStep { id } ... on ErrorResult { errorCode message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdCreateWorkshop($input: WorkshopInput!) {\n    createWorkshop(input: $input) {\n      __typename\n      ... on Workshop { id code name establishmentId }\n      ... on DuplicateError { field }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdCreateWorkshop($input: WorkshopInput!) {\n    createWorkshop(input: $input) {\n      __typename\n      ... on Workshop { id code name establishmentId }\n      ... on DuplicateError { field }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdCreateActivity($input: ActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity { id code name workshopId }\n      ... on DuplicateError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdCreateActivity($input: ActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on Activity { id code name workshopId }\n      ... on DuplicateError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdCreateWorkGroup($input: WorkGroupInput!) {\n    createWorkGroup(input: $input) {\n      __typename\n      ... on WorkGroup { id code name workshopId workshop { id code } }\n      ... on DuplicateError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdCreateWorkGroup($input: WorkGroupInput!) {\n    createWorkGroup(input: $input) {\n      __typename\n      ... on WorkGroup { id code name workshopId workshop { id code } }\n      ... on DuplicateError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdCreateBeneficiary($input: BeneficiaryInput!) {\n    createBeneficiary(input: $input) {\n      __typename\n      ... on Beneficiary {\n        id matricule initials status workingTimeRatio weeklyHours entryDate exitDate mainWorkshopId workGroupId\n        parcours { workshopId workGroupId startDate endDate }\n      }\n      ... on DuplicateError { field }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdCreateBeneficiary($input: BeneficiaryInput!) {\n    createBeneficiary(input: $input) {\n      __typename\n      ... on Beneficiary {\n        id matricule initials status workingTimeRatio weeklyHours entryDate exitDate mainWorkshopId workGroupId\n        parcours { workshopId workGroupId startDate endDate }\n      }\n      ... on DuplicateError { field }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdMoveBeneficiary($input: BeneficiaryMoveInput!) {\n    moveBeneficiary(input: $input) {\n      __typename\n      ... on Beneficiary {\n        id mainWorkshopId workGroupId\n        parcours { workshopId workGroupId startDate endDate workshop { code } workGroup { code } }\n      }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdMoveBeneficiary($input: BeneficiaryMoveInput!) {\n    moveBeneficiary(input: $input) {\n      __typename\n      ... on Beneficiary {\n        id mainWorkshopId workGroupId\n        parcours { workshopId workGroupId startDate endDate workshop { code } workGroup { code } }\n      }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdAssignSupervisor($workshopId: ID!, $userId: ID!) {\n    assignWorkshopSupervisor(workshopId: $workshopId, userId: $userId) {\n      __typename\n      ... on Workshop { id }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdAssignSupervisor($workshopId: ID!, $userId: ID!) {\n    assignWorkshopSupervisor(workshopId: $workshopId, userId: $userId) {\n      __typename\n      ... on Workshop { id }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdSetIdentity($input: BeneficiaryIdentityInput!) {\n    setBeneficiaryIdentity(input: $input) {\n      __typename\n      ... on Beneficiary { id }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdSetIdentity($input: BeneficiaryIdentityInput!) {\n    setBeneficiaryIdentity(input: $input) {\n      __typename\n      ... on Beneficiary { id }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdAddNote($input: MedicoSocialNoteInput!) {\n    addMedicoSocialNote(input: $input) {\n      __typename\n      ... on MedicoSocialNote { id noteDate body beneficiaryId }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdAddNote($input: MedicoSocialNoteInput!) {\n    addMedicoSocialNote(input: $input) {\n      __typename\n      ... on MedicoSocialNote { id noteDate body beneficiaryId }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryIdentity($id: ID!) {\n    beneficiary(id: $id) { id matricule identity { lastName firstName } }\n  }\n"): (typeof documents)["\n  query ProdBeneficiaryIdentity($id: ID!) {\n    beneficiary(id: $id) { id matricule identity { lastName firstName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryNotes($id: ID!) {\n    beneficiary(id: $id) { id matricule notes { noteDate body } }\n  }\n"): (typeof documents)["\n  query ProdBeneficiaryNotes($id: ID!) {\n    beneficiary(id: $id) { id matricule notes { noteDate body } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryCodes($id: ID!) {\n    beneficiary(id: $id) { id matricule initials status }\n  }\n"): (typeof documents)["\n  query ProdBeneficiaryCodes($id: ID!) {\n    beneficiary(id: $id) { id matricule initials status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryContract($id: ID!) {\n    beneficiary(id: $id) { id matricule workingTimeRatio weeklyHours entryDate }\n  }\n"): (typeof documents)["\n  query ProdBeneficiaryContract($id: ID!) {\n    beneficiary(id: $id) { id matricule workingTimeRatio weeklyHours entryDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryWorkingTime($id: ID!) { beneficiary(id: $id) { id workingTimeRatio } }\n"): (typeof documents)["\n  query ProdBeneficiaryWorkingTime($id: ID!) { beneficiary(id: $id) { id workingTimeRatio } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryWeeklyHours($id: ID!) { beneficiary(id: $id) { id weeklyHours } }\n"): (typeof documents)["\n  query ProdBeneficiaryWeeklyHours($id: ID!) { beneficiary(id: $id) { id weeklyHours } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryEntryDate($id: ID!) { beneficiary(id: $id) { id entryDate } }\n"): (typeof documents)["\n  query ProdBeneficiaryEntryDate($id: ID!) { beneficiary(id: $id) { id entryDate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaries($options: BeneficiaryListOptions) {\n    beneficiaries(options: $options) { totalItems items { id matricule } }\n  }\n"): (typeof documents)["\n  query ProdBeneficiaries($options: BeneficiaryListOptions) {\n    beneficiaries(options: $options) { totalItems items { id matricule } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdWorkshops { workshops(options: { take: 100 }) { totalItems items { id code } } }\n"): (typeof documents)["\n  query ProdWorkshops { workshops(options: { take: 100 }) { totalItems items { id code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdWorkshopPeople($id: ID!) {\n    workshop(id: $id) {\n      id code\n      beneficiaries { matricule }\n      workGroups { code members { matricule } }\n    }\n  }\n"): (typeof documents)["\n  query ProdWorkshopPeople($id: ID!) {\n    workshop(id: $id) {\n      id code\n      beneficiaries { matricule }\n      workGroups { code members { matricule } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdCreateSheet($input: ProductionSheetInput!) {\n    createProductionSheet(input: $input) {\n      __typename\n      ... on ProductionSheet {\n        id number status orderId workshopId plannedStart plannedEnd\n        tasks { id orderLineId activityId description plannedQuantity plannedHours orderLine { id orderId } activity { code } }\n      }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdCreateSheet($input: ProductionSheetInput!) {\n    createProductionSheet(input: $input) {\n      __typename\n      ... on ProductionSheet {\n        id number status orderId workshopId plannedStart plannedEnd\n        tasks { id orderLineId activityId description plannedQuantity plannedHours orderLine { id orderId } activity { code } }\n      }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdStartSheet($id: ID!) {\n    startProductionSheet(id: $id) {\n      __typename\n      ... on ProductionSheet { id status }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdStartSheet($id: ID!) {\n    startProductionSheet(id: $id) {\n      __typename\n      ... on ProductionSheet { id status }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdCompleteSheet($id: ID!) {\n    completeProductionSheet(id: $id) {\n      __typename\n      ... on ProductionSheet { id status }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdCompleteSheet($id: ID!) {\n    completeProductionSheet(id: $id) {\n      __typename\n      ... on ProductionSheet { id status }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdSheetById($id: ID!) {\n    productionSheet(id: $id) { id status order { id number } tasks { id orderLineId } }\n  }\n"): (typeof documents)["\n  query ProdSheetById($id: ID!) {\n    productionSheet(id: $id) { id status order { id number } tasks { id orderLineId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdOrderProduction($id: ID!) {\n    order(id: $id) {\n      id\n      productionSheets { id number status }\n      lines { id productionTasks { id productionSheetId } }\n    }\n  }\n"): (typeof documents)["\n  query ProdOrderProduction($id: ID!) {\n    order(id: $id) {\n      id\n      productionSheets { id number status }\n      lines { id productionTasks { id productionSheetId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdAllocate($input: AllocationInput!) {\n    allocate(input: $input) {\n      __typename\n      ... on Allocation {\n        id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity\n        beneficiary { matricule } workGroup { code }\n      }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdAllocate($input: AllocationInput!) {\n    allocate(input: $input) {\n      __typename\n      ... on Allocation {\n        id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity\n        beneficiary { matricule } workGroup { code }\n      }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdExpandGroupAllocation($id: ID!) {\n    expandGroupAllocation(id: $id) {\n      __typename\n      ... on AllocationExpansion { allocations { id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity beneficiary { matricule } } }\n      ... on InvalidStateError { currentState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdExpandGroupAllocation($id: ID!) {\n    expandGroupAllocation(id: $id) {\n      __typename\n      ... on AllocationExpansion { allocations { id orderLineId productionTaskId beneficiaryId workGroupId plannedHours plannedQuantity beneficiary { matricule } } }\n      ... on InvalidStateError { currentState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdOrderAllocations($id: ID!) {\n    order(id: $id) {\n      id\n      lines { id allocations { id beneficiaryId workGroupId plannedHours plannedQuantity productionTaskId beneficiary { matricule } workGroup { code } } }\n    }\n  }\n"): (typeof documents)["\n  query ProdOrderAllocations($id: ID!) {\n    order(id: $id) {\n      id\n      lines { id allocations { id beneficiaryId workGroupId plannedHours plannedQuantity productionTaskId beneficiary { matricule } workGroup { code } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdRecordWork($input: WorkRecordInput!) {\n    recordWork(input: $input) {\n      __typename\n      ... on WorkRecord {\n        id beneficiaryId workDate orderLineId productionTaskId madContractId hours quantity rejectedQuantity comment status correctsId recordedBy\n      }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdRecordWork($input: WorkRecordInput!) {\n    recordWork(input: $input) {\n      __typename\n      ... on WorkRecord {\n        id beneficiaryId workDate orderLineId productionTaskId madContractId hours quantity rejectedQuantity comment status correctsId recordedBy\n      }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdValidateWorkRecords($ids: [ID!]!) {\n    validateWorkRecords(ids: $ids) {\n      __typename\n      ... on WorkRecordValidation { records { id status validatedBy validatedAt hours } }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdValidateWorkRecords($ids: [ID!]!) {\n    validateWorkRecords(ids: $ids) {\n      __typename\n      ... on WorkRecordValidation { records { id status validatedBy validatedAt hours } }\n      ... on NotFoundError { field }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdCorrectWorkRecord($id: ID!, $input: WorkRecordCorrectionInput!) {\n    correctWorkRecord(id: $id, input: $input) {\n      __typename\n      ... on WorkRecord { id correctsId status hours quantity rejectedQuantity comment workDate beneficiaryId orderLineId }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdCorrectWorkRecord($id: ID!, $input: WorkRecordCorrectionInput!) {\n    correctWorkRecord(id: $id, input: $input) {\n      __typename\n      ... on WorkRecord { id correctsId status hours quantity rejectedQuantity comment workDate beneficiaryId orderLineId }\n      ... on InvalidStateError { currentState attemptedState }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdWorkRecords($options: WorkRecordListOptions) {\n    workRecords(options: $options) {\n      totalItems\n      items { id workDate hours quantity rejectedQuantity status correctsId corrections { id hours quantity rejectedQuantity status } }\n    }\n  }\n"): (typeof documents)["\n  query ProdWorkRecords($options: WorkRecordListOptions) {\n    workRecords(options: $options) {\n      totalItems\n      items { id workDate hours quantity rejectedQuantity status correctsId corrections { id hours quantity rejectedQuantity status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdOrderContribution($id: ID!) {\n    order(id: $id) {\n      id\n      lines {\n        id quantity\n        contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n        deliveryLines {\n          id quantity\n          contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n          invoiceLines {\n            id quantity creditedQuantity invoice { id status }\n            contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n          }\n        }\n        invoiceLines { id quantity contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProdOrderContribution($id: ID!) {\n    order(id: $id) {\n      id\n      lines {\n        id quantity\n        contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n        deliveryLines {\n          id quantity\n          contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n          invoiceLines {\n            id quantity creditedQuantity invoice { id status }\n            contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n          }\n        }\n        invoiceLines { id quantity contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdDeliveryNoteContribution($id: ID!) {\n    deliveryNote(id: $id) {\n      id\n      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n    }\n  }\n"): (typeof documents)["\n  query ProdDeliveryNoteContribution($id: ID!) {\n    deliveryNote(id: $id) {\n      id\n      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdInvoiceContribution($id: ID!) {\n    invoice(id: $id) {\n      id\n      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n    }\n  }\n"): (typeof documents)["\n  query ProdInvoiceContribution($id: ID!) {\n    invoice(id: $id) {\n      id\n      lines { id quantity orderLineId contribution { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdOrderContributionAggregates($id: ID!) {\n    order(id: $id) { id lines { id contribution { hours quantity rejectedQuantity beneficiaryCount } } }\n  }\n"): (typeof documents)["\n  query ProdOrderContributionAggregates($id: ID!) {\n    order(id: $id) { id lines { id contribution { hours quantity rejectedQuantity beneficiaryCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdOrderContributionCodes($id: ID!) {\n    order(id: $id) { id lines { id contribution { beneficiaryCount beneficiaryCodes } } }\n  }\n"): (typeof documents)["\n  query ProdOrderContributionCodes($id: ID!) {\n    order(id: $id) { id lines { id contribution { beneficiaryCount beneficiaryCodes } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdOrderLineWorkRecords($id: ID!) {\n    order(id: $id) { id lines { id workRecords { id hours } } }\n  }\n"): (typeof documents)["\n  query ProdOrderLineWorkRecords($id: ID!) {\n    order(id: $id) { id lines { id workRecords { id hours } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryPeriod($id: ID!, $period: DateRangeInput) {\n    beneficiary(id: $id) {\n      id\n      workRecords(period: $period) { id workDate hours status }\n      contribution(period: $period) { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n    }\n  }\n"): (typeof documents)["\n  query ProdBeneficiaryPeriod($id: ID!, $period: DateRangeInput) {\n    beneficiary(id: $id) {\n      id\n      workRecords(period: $period) { id workDate hours status }\n      contribution(period: $period) { hours quantity rejectedQuantity beneficiaryCount beneficiaryCodes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryTwoPeriods($id: ID!, $first: DateRangeInput, $second: DateRangeInput) {\n    beneficiary(id: $id) {\n      id\n      january: contribution(period: $first) { hours }\n      march: contribution(period: $second) { hours }\n      januaryRecords: workRecords(period: $first) { workDate }\n      marchRecords: workRecords(period: $second) { workDate }\n    }\n  }\n"): (typeof documents)["\n  query ProdBeneficiaryTwoPeriods($id: ID!, $first: DateRangeInput, $second: DateRangeInput) {\n    beneficiary(id: $id) {\n      id\n      january: contribution(period: $first) { hours }\n      march: contribution(period: $second) { hours }\n      januaryRecords: workRecords(period: $first) { workDate }\n      marchRecords: workRecords(period: $second) { workDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdBeneficiaryWorkRecords($id: ID!) {\n    beneficiary(id: $id) { id workRecords { id hours } }\n  }\n"): (typeof documents)["\n  query ProdBeneficiaryWorkRecords($id: ID!) {\n    beneficiary(id: $id) { id workRecords { id hours } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProdCreateMadContract($input: MadContractInput!) {\n    createMadContract(input: $input) {\n      __typename\n      ... on MadContract { id number kind startDate endDate orderLineId daysUntilEnd endingSoon teamSize beneficiaries { matricule } }\n      ... on LegalLimitError { parameter }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProdCreateMadContract($input: MadContractInput!) {\n    createMadContract(input: $input) {\n      __typename\n      ... on MadContract { id number kind startDate endDate orderLineId daysUntilEnd endingSoon teamSize beneficiaries { matricule } }\n      ... on LegalLimitError { parameter }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdMadContract($id: ID!) {\n    madContract(id: $id) { id number startDate endDate daysUntilEnd endingSoon }\n  }\n"): (typeof documents)["\n  query ProdMadContract($id: ID!) {\n    madContract(id: $id) { id number startDate endDate daysUntilEnd endingSoon }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdMadContracts($options: MadContractListOptions) {\n    madContracts(options: $options) { totalItems items { id number endDate daysUntilEnd endingSoon } }\n  }\n"): (typeof documents)["\n  query ProdMadContracts($options: MadContractListOptions) {\n    madContracts(options: $options) { totalItems items { id number endDate daysUntilEnd endingSoon } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdOrdersWithAllocations($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id\n        lines {\n          id\n          allocations { plannedHours beneficiary { matricule } }\n          contribution { hours beneficiaryCount beneficiaryCodes }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProdOrdersWithAllocations($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id\n        lines {\n          id\n          allocations { plannedHours beneficiary { matricule } }\n          contribution { hours beneficiaryCount beneficiaryCodes }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProdMutationFields { __type(name: \"Mutation\") { fields { name } } }\n"): (typeof documents)["\n  query ProdMutationFields { __type(name: \"Mutation\") { fields { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id legalName siren billingAddress { city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on Customer { id legalName siren billingAddress { city } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCatalogItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) {\n      __typename\n      ... on CatalogItem { id code unitPriceCents vatRatePercent }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCatalogItem($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) {\n      __typename\n      ... on CatalogItem { id code unitPriceCents vatRatePercent }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      __typename\n      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on ErrorResult { errorCode message }\n      ... on NotFoundError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      __typename\n      ... on Quote { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on ErrorResult { errorCode message }\n      ... on NotFoundError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) {\n      __typename\n      ... on Quote { id status totalHtCents lines { quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuote($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) {\n      __typename\n      ... on Quote { id status totalHtCents lines { quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation SendQuote($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation AcceptQuote($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation RefuseQuote($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation ExpireQuote($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) {\n      __typename\n      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertQuote($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) {\n      __typename\n      ... on Order { id number status totalTtcCents lines { id quantity quoteLine { id } } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: OrderInput!) {\n    createOrder(input: $input) {\n      __typename\n      ... on Order { id number status lines { id quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: OrderInput!) {\n    createOrder(input: $input) {\n      __typename\n      ... on Order { id number status lines { id quantity } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation StartProduction($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation CancelOrder($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation CloseOrder($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverOrder($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeliverOrder($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number order { id status } lines { id quantity orderLine { id deliveredQuantity } } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvoice($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvoice($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalVatCents totalTtcCents lines { id quantity totalHtCents } }\n      ... on QuantityExceededError { lineId requested remaining }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) {\n      __typename\n      ... on Invoice { id status totalTtcCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInvoice($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) {\n      __typename\n      ... on Invoice { id status totalTtcCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }\n"): (typeof documents)["\n  mutation DeleteInvoice($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id } ... on ErrorResult { errorCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoice($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }\n      ... on OverpaymentError { amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountDueCents } }\n      ... on OverpaymentError { amountDueCents }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCreditNote($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountCreditedCents amountDueCents } }\n      ... on ErrorResult { errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceChain($id: ID!) {\n    invoice(id: $id) {\n      id number status totalHtCents totalVatCents totalTtcCents createdAt updatedAt\n      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }\n      customer { id legalName }\n      lines {\n        quantity\n        deliveryNoteLine { id deliveryNote { number } }\n        orderLine { id order { number quote { number } } quoteLine { id } }\n      }\n      payments { amountCents }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceChain($id: ID!) {\n    invoice(id: $id) {\n      id number status totalHtCents totalVatCents totalTtcCents createdAt updatedAt\n      vatBreakdown { vatRatePercent baseHtCents vatCents totalTtcCents }\n      customer { id legalName }\n      lines {\n        quantity\n        deliveryNoteLine { id deliveryNote { number } }\n        orderLine { id order { number quote { number } } quoteLine { id } }\n      }\n      payments { amountCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersPage($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id number status\n        customer { legalName }\n        lines {\n          quantity deliveredQuantity invoicedQuantity\n          catalogItem { code }\n          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersPage($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items {\n        id number status\n        customer { legalName }\n        lines {\n          quantity deliveredQuantity invoicedQuantity\n          catalogItem { code }\n          deliveryLines { quantity deliveryNote { number } invoiceLines { quantity invoice { number status payments { amountCents } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesErrorDetails on ErrorResult {\n    __typename\n    errorCode\n    message\n    ... on InvalidStateError { currentState attemptedState }\n    ... on NotFoundError { field }\n    ... on QuantityExceededError { lineId requested remaining }\n    ... on OverpaymentError { overpaymentDueCents: amountDueCents }\n    ... on DuplicateError { field }\n    ... on LegalLimitError { parameter }\n  }\n"): (typeof documents)["\n  fragment SalesErrorDetails on ErrorResult {\n    __typename\n    errorCode\n    message\n    ... on InvalidStateError { currentState attemptedState }\n    ... on NotFoundError { field }\n    ... on QuantityExceededError { lineId requested remaining }\n    ... on OverpaymentError { overpaymentDueCents: amountDueCents }\n    ... on DuplicateError { field }\n    ... on LegalLimitError { parameter }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerChecked($input: CustomerInput!) {\n    createCustomer(input: $input) { __typename ... on Customer { id legalName siren } ...SalesErrorDetails }\n  }\n"): (typeof documents)["\n  mutation CreateCustomerChecked($input: CustomerInput!) {\n    createCustomer(input: $input) { __typename ... on Customer { id legalName siren } ...SalesErrorDetails }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCatalogItemChecked($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) { __typename ... on CatalogItem { id code unitPriceCents vatRatePercent establishmentId } ...SalesErrorDetails }\n  }\n"): (typeof documents)["\n  mutation CreateCatalogItemChecked($input: CatalogItemInput!) {\n    createCatalogItem(input: $input) { __typename ... on CatalogItem { id code unitPriceCents vatRatePercent establishmentId } ...SalesErrorDetails }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuoteChecked($input: QuoteInput!) {\n    createQuote(input: $input) { __typename ... on Quote { id number status quoteDate validUntil lines { id quantity } } ...SalesErrorDetails }\n  }\n"): (typeof documents)["\n  mutation CreateQuoteChecked($input: QuoteInput!) {\n    createQuote(input: $input) { __typename ... on Quote { id number status quoteDate validUntil lines { id quantity } } ...SalesErrorDetails }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuoteChecked($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) { __typename ... on Quote { id status notes totalHtCents lines { quantity } } ...SalesErrorDetails }\n  }\n"): (typeof documents)["\n  mutation UpdateQuoteChecked($id: ID!, $input: QuoteUpdateInput!) {\n    updateQuote(id: $id, input: $input) { __typename ... on Quote { id status notes totalHtCents lines { quantity } } ...SalesErrorDetails }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuoteChecked($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n"): (typeof documents)["\n  mutation SendQuoteChecked($id: ID!) { sendQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptQuoteChecked($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n"): (typeof documents)["\n  mutation AcceptQuoteChecked($id: ID!) { acceptQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseQuoteChecked($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n"): (typeof documents)["\n  mutation RefuseQuoteChecked($id: ID!) { refuseQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpireQuoteChecked($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n"): (typeof documents)["\n  mutation ExpireQuoteChecked($id: ID!) { expireQuote(id: $id) { __typename ... on Quote { id status } ...SalesErrorDetails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertQuoteChecked($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) { __typename ... on Order { id number status quoteId lines { id quantity } } ...SalesErrorDetails }\n  }\n"): (typeof documents)["\n  mutation ConvertQuoteChecked($quoteId: ID!, $input: ConvertQuoteInput) {\n    convertQuoteToOrder(quoteId: $quoteId, input: $input) { __typename ... on Order { id number status quoteId lines { id quantity } } ...SalesErrorDetails }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrderChecked($input: OrderInput!) {\n    createOrder(input: $input) { __typename ... on Order { id number status orderDate totalTtcCents lines { id quantity } } ...SalesErrorDetails }\n  }\n"): (typeof documents)["\n  mutation CreateOrderChecked($input: OrderInput!) {\n    createOrder(input: $input) { __typename ... on Order { id number status orderDate totalTtcCents lines { id quantity } } ...SalesErrorDetails }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProductionChecked($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n"): (typeof documents)["\n  mutation StartProductionChecked($id: ID!) { startOrderProduction(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrderChecked($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n"): (typeof documents)["\n  mutation CancelOrderChecked($id: ID!) { cancelOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrderChecked($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n"): (typeof documents)["\n  mutation CloseOrderChecked($id: ID!) { closeOrder(id: $id) { __typename ... on Order { id status } ...SalesErrorDetails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverOrderChecked($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number deliveryDate order { id status } lines { id quantity orderLineId } }\n      ...SalesErrorDetails\n    }\n  }\n"): (typeof documents)["\n  mutation DeliverOrderChecked($input: DeliveryInput!) {\n    deliverOrder(input: $input) {\n      __typename\n      ... on DeliveryNote { id number deliveryDate order { id status } lines { id quantity orderLineId } }\n      ...SalesErrorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvoiceChecked($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalTtcCents lines { id quantity deliveryNoteLineId } }\n      ...SalesErrorDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvoiceChecked($input: InvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on Invoice { id number status totalHtCents totalTtcCents lines { id quantity deliveryNoteLineId } }\n      ...SalesErrorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvoiceChecked($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) { __typename ... on Invoice { id status notes dueDate totalTtcCents lines { quantity } } ...SalesErrorDetails }\n  }\n"): (typeof documents)["\n  mutation UpdateInvoiceChecked($id: ID!, $input: InvoiceUpdateInput!) {\n    updateInvoice(id: $id, input: $input) { __typename ... on Invoice { id status notes dueDate totalTtcCents lines { quantity } } ...SalesErrorDetails }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInvoiceChecked($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id status } ...SalesErrorDetails } }\n"): (typeof documents)["\n  mutation DeleteInvoiceChecked($id: ID!) { deleteInvoice(id: $id) { __typename ... on Invoice { id status } ...SalesErrorDetails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoiceChecked($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ...SalesErrorDetails\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoiceChecked($id: ID!, $issueDate: LocalDate) {\n    issueInvoice(id: $id, issueDate: $issueDate) {\n      __typename\n      ... on Invoice { id number status issueDate fiscalYear sequenceNumber totalTtcCents amountDueCents }\n      ...SalesErrorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPaymentChecked($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }\n      ...SalesErrorDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPaymentChecked($input: PaymentInput!) {\n    recordPayment(input: $input) {\n      __typename\n      ... on Payment { id amountCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }\n      ...SalesErrorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditNoteChecked($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }\n      ...SalesErrorDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCreditNoteChecked($input: CreditNoteInput!) {\n    createCreditNote(input: $input) {\n      __typename\n      ... on CreditNote { id number totalTtcCents invoice { id status amountPaidCents amountCreditedCents amountDueCents } }\n      ...SalesErrorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteById($id: ID!) {\n    quote(id: $id) { id number status notes validUntil totalHtCents customer { id legalName } lines { id quantity } order { id number } }\n  }\n"): (typeof documents)["\n  query QuoteById($id: ID!) {\n    quote(id: $id) { id number status notes validUntil totalHtCents customer { id legalName } lines { id quantity } order { id number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderById($id: ID!) {\n    order(id: $id) {\n      id number status totalTtcCents customer { id legalName }\n      lines { id quantity deliveredQuantity invoicedQuantity deliveryLines { id quantity invoicedQuantity } }\n      deliveryNotes { id number }\n      invoices { id status }\n    }\n  }\n"): (typeof documents)["\n  query OrderById($id: ID!) {\n    order(id: $id) {\n      id number status totalTtcCents customer { id legalName }\n      lines { id quantity deliveredQuantity invoicedQuantity deliveryLines { id quantity invoicedQuantity } }\n      deliveryNotes { id number }\n      invoices { id status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceById($id: ID!) {\n    invoice(id: $id) {\n      id number status issueDate dueDate notes fiscalYear sequenceNumber totalHtCents totalTtcCents\n      amountPaidCents amountCreditedCents amountDueCents\n      customer { id legalName }\n      lines { id quantity creditedQuantity deliveryNoteLineId }\n      payments { id amountCents }\n      creditNotes { id number totalTtcCents }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceById($id: ID!) {\n    invoice(id: $id) {\n      id number status issueDate dueDate notes fiscalYear sequenceNumber totalHtCents totalTtcCents\n      amountPaidCents amountCreditedCents amountDueCents\n      customer { id legalName }\n      lines { id quantity creditedQuantity deliveryNoteLineId }\n      payments { id amountCents }\n      creditNotes { id number totalTtcCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerById($id: ID!) { customer(id: $id) { id legalName siren } }\n"): (typeof documents)["\n  query CustomerById($id: ID!) { customer(id: $id) { id legalName siren } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryNoteById($id: ID!) { deliveryNote(id: $id) { id number lines { id quantity invoicedQuantity } } }\n"): (typeof documents)["\n  query DeliveryNoteById($id: ID!) { deliveryNote(id: $id) { id number lines { id quantity invoicedQuantity } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogItemById($id: ID!) { catalogItem(id: $id) { id code label unitPriceCents } }\n"): (typeof documents)["\n  query CatalogItemById($id: ID!) { catalogItem(id: $id) { id code label unitPriceCents } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogItemCostSplit($id: ID!) { catalogItem(id: $id) { id materialsCents sellingCostsCents } }\n"): (typeof documents)["\n  query CatalogItemCostSplit($id: ID!) { catalogItem(id: $id) { id materialsCents sellingCostsCents } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI { me { userId organizationId roles } }\n"): (typeof documents)["\n  query WhoAmI { me { userId organizationId roles } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderList($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items { id number status orderDate totalTtcCents customer { id } establishment { id } }\n    }\n  }\n"): (typeof documents)["\n  query OrderList($options: OrderListOptions) {\n    orders(options: $options) {\n      totalItems\n      items { id number status orderDate totalTtcCents customer { id } establishment { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteList($options: QuoteListOptions) {\n    quotes(options: $options) { totalItems items { id number status quoteDate totalTtcCents customer { id } } }\n  }\n"): (typeof documents)["\n  query QuoteList($options: QuoteListOptions) {\n    quotes(options: $options) { totalItems items { id number status quoteDate totalTtcCents customer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceList($options: InvoiceListOptions) {\n    invoices(options: $options) { totalItems items { id number status issueDate fiscalYear totalTtcCents customer { id } establishment { id } } }\n  }\n"): (typeof documents)["\n  query InvoiceList($options: InvoiceListOptions) {\n    invoices(options: $options) { totalItems items { id number status issueDate fiscalYear totalTtcCents customer { id } establishment { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryNoteList($options: DeliveryNoteListOptions) {\n    deliveryNotes(options: $options) { totalItems items { id number deliveryDate orderId } }\n  }\n"): (typeof documents)["\n  query DeliveryNoteList($options: DeliveryNoteListOptions) {\n    deliveryNotes(options: $options) { totalItems items { id number deliveryDate orderId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentList($options: PaymentListOptions) {\n    payments(options: $options) { totalItems items { id amountCents paymentDate invoiceId } }\n  }\n"): (typeof documents)["\n  query PaymentList($options: PaymentListOptions) {\n    payments(options: $options) { totalItems items { id amountCents paymentDate invoiceId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList($options: CustomerListOptions) {\n    customers(options: $options) { totalItems items { id legalName } }\n  }\n"): (typeof documents)["\n  query CustomerList($options: CustomerListOptions) {\n    customers(options: $options) { totalItems items { id legalName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesPage($options: InvoiceListOptions) {\n    invoices(options: $options) {\n      totalItems\n      items {\n        id number status amountPaidCents amountCreditedCents amountDueCents\n        customer { legalName }\n        establishment { code }\n        vatBreakdown { vatRatePercent baseHtCents }\n        lines {\n          quantity creditedQuantity\n          catalogItem { code }\n          orderLine { id deliveredQuantity invoicedQuantity order { number customer { legalName } } }\n          deliveryNoteLine { id deliveryNote { number order { number } } }\n        }\n        payments { amountCents invoice { id } }\n        creditNotes { number }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesPage($options: InvoiceListOptions) {\n    invoices(options: $options) {\n      totalItems\n      items {\n        id number status amountPaidCents amountCreditedCents amountDueCents\n        customer { legalName }\n        establishment { code }\n        vatBreakdown { vatRatePercent baseHtCents }\n        lines {\n          quantity creditedQuantity\n          catalogItem { code }\n          orderLine { id deliveredQuantity invoicedQuantity order { number customer { legalName } } }\n          deliveryNoteLine { id deliveryNote { number order { number } } }\n        }\n        payments { amountCents invoice { id } }\n        creditNotes { number }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportWorkRecords($csv: String!) {\n    importWorkRecords(csv: $csv) {\n      __typename\n      ... on WorkRecordImport { imported skipped hours quantity rejectedQuantity beneficiaryCount firstWorkDate lastWorkDate warnings { code message lines } warningCount }\n      ... on ImportRejectedError { errorCode message errorCount rowCount rowErrors { line reason } }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportWorkRecords($csv: String!) {\n    importWorkRecords(csv: $csv) {\n      __typename\n      ... on WorkRecordImport { imported skipped hours quantity rejectedQuantity beneficiaryCount firstWorkDate lastWorkDate warnings { code message lines } warningCount }\n      ... on ImportRejectedError { errorCode message errorCount rowCount rowErrors { line reason } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;