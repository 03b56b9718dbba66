import { registerEnumType } from 'type-graphql';
import { InvoiceStatus, OrderStatus, ProductionSheetStatus, QuoteStatus } from '../kernel/lifecycles';
import { Role } from '../kernel/roles';

/** The documents' statuses and the roles are domain rules (kernel/lifecycles.ts, kernel/roles.ts); the schema registers them. */
export { InvoiceStatus, OrderStatus, ProductionSheetStatus, QuoteStatus, Role };

export enum EstablishmentKind {
  ESAT = 'esat',
  EA = 'ea',
}

/** The four kinds of work an EA/ESAT sells; they matter for OETH valuation and funder reports. */
export enum ServiceType {
  PRODUCTION = 'production',
  PRESTATION_DE_SERVICE = 'prestation_de_service',
  PRESTATION_EN_ENTREPRISE = 'prestation_en_entreprise',
  MISE_A_DISPOSITION = 'mise_a_disposition',
}

/** What an invoice says it sells (e-invoicing reform mention): goods, services, or both. */
export enum OperationsNature {
  GOODS = 'goods',
  SERVICES = 'services',
  GOODS_AND_SERVICES = 'goods_and_services',
}

export enum PaymentMethod {
  TRANSFER = 'transfer',
  CHECK = 'check',
  CARD = 'card',
  CASH = 'cash',
  DIRECT_DEBIT = 'direct_debit',
}

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}

export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID_STATE = 'INVALID_STATE',
  QUANTITY_EXCEEDED = 'QUANTITY_EXCEEDED',
  OVERPAYMENT = 'OVERPAYMENT',
  IMMUTABLE_DOCUMENT = 'IMMUTABLE_DOCUMENT',
  DUPLICATE = 'DUPLICATE',
  CHRONOLOGY = 'CHRONOLOGY',
  MIXED_DOCUMENTS = 'MIXED_DOCUMENTS',
  LEGAL_LIMIT = 'LEGAL_LIMIT',
  INACTIVE_BENEFICIARY = 'INACTIVE_BENEFICIARY',
  IMPORT_REJECTED = 'IMPORT_REJECTED',
  WORK_DAY_LIMIT = 'WORK_DAY_LIMIT',
  NOTHING_TO_ATTEST = 'NOTHING_TO_ATTEST',
}

registerEnumType(Role, { name: 'Role', description: 'What a user may do; see the README for the matrix.' });
registerEnumType(EstablishmentKind, { name: 'EstablishmentKind', description: 'ESAT (médico-social) or EA (entreprise adaptée).' });
registerEnumType(ServiceType, {
  name: 'ServiceType',
  description: 'Production, prestation de service, prestation en entreprise (on the client site) or mise à disposition (MAD).',
});
registerEnumType(OperationsNature, { name: 'OperationsNature', description: 'Nature of the operations an invoice states: livraisons de biens, prestations de services, or both.' });
registerEnumType(QuoteStatus, { name: 'QuoteStatus', description: 'Devis lifecycle.' });
registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'Commande lifecycle.' });
registerEnumType(InvoiceStatus, { name: 'InvoiceStatus', description: 'Facture lifecycle; CANCELLED means cancelled by a credit note (avoir).' });
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
registerEnumType(SortDirection, { name: 'SortDirection' });
/** Non-blocking findings about recorded work: the write goes through, the caller is told. */
export enum WorkWarningCode {
  ABOVE_CONTRACT_DAILY_HOURS = 'ABOVE_CONTRACT_DAILY_HOURS',
  ALREADY_RECORDED = 'ALREADY_RECORDED',
  DUPLICATE_ROWS = 'DUPLICATE_ROWS',
}

registerEnumType(WorkWarningCode, {
  name: 'WorkWarningCode',
  description:
    'ABOVE_CONTRACT_DAILY_HOURS: the day of the beneficiary totals more than the contract\'s daily hours (weekly hours / working days); ' +
    'ALREADY_RECORDED: import rows already present as work records, skipped; DUPLICATE_ROWS: identical rows in one import file, all imported.',
});
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Machine-readable code of an expected business failure.' });

export enum BeneficiaryStatus {
  ESAT_WORKER = 'esat_worker',
  EA_EMPLOYEE = 'ea_employee',
  OTHER = 'other',
}

export enum WorkRecordStatus {
  RECORDED = 'recorded',
  VALIDATED = 'validated',
}

export enum MadContractKind {
  INDIVIDUAL = 'individual',
  COLLECTIVE = 'collective',
}

registerEnumType(BeneficiaryStatus, { name: 'BeneficiaryStatus', description: 'ESAT worker (travailleur), EA employee (salarié) or other.' });
registerEnumType(ProductionSheetStatus, { name: 'ProductionSheetStatus' });
registerEnumType(WorkRecordStatus, { name: 'WorkRecordStatus', description: 'A VALIDATED record is immutable; corrections are new records.' });
registerEnumType(MadContractKind, { name: 'MadContractKind', description: 'Individual MAD (at most 2 years) or collective (a team).' });

/** Who an objective is for: one beneficiary (individual) or a team (collective: a work group or a workshop). */
export enum ObjectiveScope {
  INDIVIDUAL = 'individual',
  WORK_GROUP = 'work_group',
  WORKSHOP = 'workshop',
}

/** What an objective measures, as the contribution indicators count it (reporting/README.md). */
export enum ObjectiveMeasure {
  HOURS = 'hours',
  QUANTITY = 'quantity',
  QUALITY = 'quality',
}

export enum ObjectiveStatus {
  OPEN = 'open',
  CLOSED = 'closed',
}

/** The grain of the contribution indicators: a beneficiary (individual figures) or a team. */
export enum IndicatorLevel {
  BENEFICIARY = 'beneficiary',
  WORKSHOP = 'workshop',
  WORK_GROUP = 'work_group',
  ESTABLISHMENT = 'establishment',
}

registerEnumType(ObjectiveScope, { name: 'ObjectiveScope', description: 'INDIVIDUAL (a beneficiary), WORK_GROUP or WORKSHOP (collective).' });
registerEnumType(ObjectiveMeasure, { name: 'ObjectiveMeasure', description: 'Hours worked, quantity produced, or quality (1 − rejected ÷ produced, a share from 0 to 1).' });
registerEnumType(ObjectiveStatus, { name: 'ObjectiveStatus', description: 'An OPEN objective may be edited; CLOSED is final.' });
registerEnumType(IndicatorLevel, { name: 'IndicatorLevel', description: 'BENEFICIARY rows are individual figures; WORKSHOP, WORK_GROUP and ESTABLISHMENT rows are collective.' });

export enum UtilizationLevel {
  BENEFICIARY = 'beneficiary',
  WORKSHOP = 'workshop',
}
registerEnumType(UtilizationLevel, { name: 'UtilizationLevel', description: 'BENEFICIARY rows are individual figures; WORKSHOP rows (per workshop and supervisor) are collective.' });
/** Funder-granted capacity of an establishment: ARS-authorised places (ESAT) or CPOM aided posts in FTE (EA). */
export enum CapacityKind {
  AUTHORIZED_PLACES = 'authorized_places',
  AIDED_POSTS = 'aided_posts',
}

/** Why a beneficiary left (a product classification, not a legal one; reports group exits by destination). */
export enum ExitReason {
  PROFESSIONAL_PROJECT = 'professional_project',
  END_OF_CONTRACT = 'end_of_contract',
  RESIGNATION = 'resignation',
  RETIREMENT = 'retirement',
  HEALTH = 'health',
  RELOCATION = 'relocation',
  OTHER = 'other',
}

/** Where a beneficiary went on leaving, as funders group exits (DOMAIN: ordinary employment, EA, other ESAT, training, none). */
export enum ExitDestination {
  ORDINARY_EMPLOYMENT = 'ordinary_employment',
  EA = 'ea',
  OTHER_ESAT = 'other_esat',
  TRAINING = 'training',
  NONE = 'none',
  OTHER = 'other',
}

export enum MovementKind {
  EXIT = 'exit',
  RETURN = 'return',
}

/** Steps of the parcours beyond the workshop. */
export enum PathwayStepKind {
  TRAINING = 'training',
  RAE_ENROLMENT = 'rae_enrolment',
  RAE_ATTESTATION = 'rae_attestation',
  PRESTATION_EN_ENTREPRISE = 'prestation_en_entreprise',
}

registerEnumType(CapacityKind, { name: 'CapacityKind', description: 'AUTHORIZED_PLACES: places authorised by the ARS (ESAT); AIDED_POSTS: aided posts of the CPOM, in FTE (EA).' });
registerEnumType(ExitReason, { name: 'ExitReason', description: 'Why a beneficiary left (product classification).' });
registerEnumType(ExitDestination, { name: 'ExitDestination', description: 'Where a beneficiary went: ordinary employment, an EA, another ESAT, training, none, other.' });
registerEnumType(MovementKind, { name: 'MovementKind', description: 'EXIT (with reason and destination) or RETURN (possibly under the droit au retour).' });
registerEnumType(PathwayStepKind, {
  name: 'PathwayStepKind',
  description: 'TRAINING (formation), RAE_ENROLMENT and RAE_ATTESTATION (reconnaissance des acquis de l\'expérience, "Différent et compétent"), PRESTATION_EN_ENTREPRISE (work in a host company).',
});
