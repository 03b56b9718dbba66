"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PathwayStepKind = exports.MovementKind = exports.ExitDestination = exports.ExitReason = exports.CapacityKind = exports.UtilizationLevel = exports.IndicatorLevel = exports.ObjectiveStatus = exports.ObjectiveMeasure = exports.ObjectiveScope = exports.MadContractKind = exports.WorkRecordStatus = exports.BeneficiaryStatus = exports.WorkWarningCode = exports.ErrorCode = exports.SortDirection = exports.PaymentMethod = exports.OperationsNature = exports.ServiceType = exports.EstablishmentKind = exports.Role = exports.QuoteStatus = exports.ProductionSheetStatus = exports.OrderStatus = exports.InvoiceStatus = void 0;
const type_graphql_1 = require("type-graphql");
const lifecycles_1 = require("../kernel/lifecycles");
Object.defineProperty(exports, "InvoiceStatus", { enumerable: true, get: function () { return lifecycles_1.InvoiceStatus; } });
Object.defineProperty(exports, "OrderStatus", { enumerable: true, get: function () { return lifecycles_1.OrderStatus; } });
Object.defineProperty(exports, "ProductionSheetStatus", { enumerable: true, get: function () { return lifecycles_1.ProductionSheetStatus; } });
Object.defineProperty(exports, "QuoteStatus", { enumerable: true, get: function () { return lifecycles_1.QuoteStatus; } });
const roles_1 = require("../kernel/roles");
Object.defineProperty(exports, "Role", { enumerable: true, get: function () { return roles_1.Role; } });
var EstablishmentKind;
(function (EstablishmentKind) {
    EstablishmentKind["ESAT"] = "esat";
    EstablishmentKind["EA"] = "ea";
})(EstablishmentKind || (exports.EstablishmentKind = EstablishmentKind = {}));
/** The four kinds of work an EA/ESAT sells; they matter for OETH valuation and funder reports. */
var ServiceType;
(function (ServiceType) {
    ServiceType["PRODUCTION"] = "production";
    ServiceType["PRESTATION_DE_SERVICE"] = "prestation_de_service";
    ServiceType["PRESTATION_EN_ENTREPRISE"] = "prestation_en_entreprise";
    ServiceType["MISE_A_DISPOSITION"] = "mise_a_disposition";
})(ServiceType || (exports.ServiceType = ServiceType = {}));
/** What an invoice says it sells (e-invoicing reform mention): goods, services, or both. */
var OperationsNature;
(function (OperationsNature) {
    OperationsNature["GOODS"] = "goods";
    OperationsNature["SERVICES"] = "services";
    OperationsNature["GOODS_AND_SERVICES"] = "goods_and_services";
})(OperationsNature || (exports.OperationsNature = OperationsNature = {}));
var PaymentMethod;
(function (PaymentMethod) {
    PaymentMethod["TRANSFER"] = "transfer";
    PaymentMethod["CHECK"] = "check";
    PaymentMethod["CARD"] = "card";
    PaymentMethod["CASH"] = "cash";
    PaymentMethod["DIRECT_DEBIT"] = "direct_debit";
})(PaymentMethod || (exports.PaymentMethod = PaymentMethod = {}));
var SortDirection;
(function (SortDirection) {
    SortDirection["ASC"] = "asc";
    SortDirection["DESC"] = "desc";
})(SortDirection || (exports.SortDirection = SortDirection = {}));
var ErrorCode;
(function (ErrorCode) {
    ErrorCode["NOT_FOUND"] = "NOT_FOUND";
    ErrorCode["INVALID_STATE"] = "INVALID_STATE";
    ErrorCode["QUANTITY_EXCEEDED"] = "QUANTITY_EXCEEDED";
    ErrorCode["OVERPAYMENT"] = "OVERPAYMENT";
    ErrorCode["IMMUTABLE_DOCUMENT"] = "IMMUTABLE_DOCUMENT";
    ErrorCode["DUPLICATE"] = "DUPLICATE";
    ErrorCode["CHRONOLOGY"] = "CHRONOLOGY";
    ErrorCode["MIXED_DOCUMENTS"] = "MIXED_DOCUMENTS";
    ErrorCode["LEGAL_LIMIT"] = "LEGAL_LIMIT";
    ErrorCode["INACTIVE_BENEFICIARY"] = "INACTIVE_BENEFICIARY";
    ErrorCode["IMPORT_REJECTED"] = "IMPORT_REJECTED";
    ErrorCode["WORK_DAY_LIMIT"] = "WORK_DAY_LIMIT";
    ErrorCode["NOTHING_TO_ATTEST"] = "NOTHING_TO_ATTEST";
})(ErrorCode || (exports.ErrorCode = ErrorCode = {}));
(0, type_graphql_1.registerEnumType)(roles_1.Role, { name: 'Role', description: 'What a user may do; see the README for the matrix.' });
(0, type_graphql_1.registerEnumType)(EstablishmentKind, { name: 'EstablishmentKind', description: 'ESAT (médico-social) or EA (entreprise adaptée).' });
(0, type_graphql_1.registerEnumType)(ServiceType, {
    name: 'ServiceType',
    description: 'Production, prestation de service, prestation en entreprise (on the client site) or mise à disposition (MAD).',
});
(0, type_graphql_1.registerEnumType)(OperationsNature, { name: 'OperationsNature', description: 'Nature of the operations an invoice states: livraisons de biens, prestations de services, or both.' });
(0, type_graphql_1.registerEnumType)(lifecycles_1.QuoteStatus, { name: 'QuoteStatus', description: 'Devis lifecycle.' });
(0, type_graphql_1.registerEnumType)(lifecycles_1.OrderStatus, { name: 'OrderStatus', description: 'Commande lifecycle.' });
(0, type_graphql_1.registerEnumType)(lifecycles_1.InvoiceStatus, { name: 'InvoiceStatus', description: 'Facture lifecycle; CANCELLED means cancelled by a credit note (avoir).' });
(0, type_graphql_1.registerEnumType)(PaymentMethod, { name: 'PaymentMethod' });
(0, type_graphql_1.registerEnumType)(SortDirection, { name: 'SortDirection' });
/** Non-blocking findings about recorded work: the write goes through, the caller is told. */
var WorkWarningCode;
(function (WorkWarningCode) {
    WorkWarningCode["ABOVE_CONTRACT_DAILY_HOURS"] = "ABOVE_CONTRACT_DAILY_HOURS";
    WorkWarningCode["ALREADY_RECORDED"] = "ALREADY_RECORDED";
    WorkWarningCode["DUPLICATE_ROWS"] = "DUPLICATE_ROWS";
})(WorkWarningCode || (exports.WorkWarningCode = WorkWarningCode = {}));
(0, type_graphql_1.registerEnumType)(WorkWarningCode, {
    name: 'WorkWarningCode',
    description: 'ABOVE_CONTRACT_DAILY_HOURS: the day of the beneficiary totals more than the contract\'s daily hours (weekly hours / working days); ' +
        'ALREADY_RECORDED: import rows already present as work records, skipped; DUPLICATE_ROWS: identical rows in one import file, all imported.',
});
(0, type_graphql_1.registerEnumType)(ErrorCode, { name: 'ErrorCode', description: 'Machine-readable code of an expected business failure.' });
var BeneficiaryStatus;
(function (BeneficiaryStatus) {
    BeneficiaryStatus["ESAT_WORKER"] = "esat_worker";
    BeneficiaryStatus["EA_EMPLOYEE"] = "ea_employee";
    BeneficiaryStatus["OTHER"] = "other";
})(BeneficiaryStatus || (exports.BeneficiaryStatus = BeneficiaryStatus = {}));
var WorkRecordStatus;
(function (WorkRecordStatus) {
    WorkRecordStatus["RECORDED"] = "recorded";
    WorkRecordStatus["VALIDATED"] = "validated";
})(WorkRecordStatus || (exports.WorkRecordStatus = WorkRecordStatus = {}));
var MadContractKind;
(function (MadContractKind) {
    MadContractKind["INDIVIDUAL"] = "individual";
    MadContractKind["COLLECTIVE"] = "collective";
})(MadContractKind || (exports.MadContractKind = MadContractKind = {}));
(0, type_graphql_1.registerEnumType)(BeneficiaryStatus, { name: 'BeneficiaryStatus', description: 'ESAT worker (travailleur), EA employee (salarié) or other.' });
(0, type_graphql_1.registerEnumType)(lifecycles_1.ProductionSheetStatus, { name: 'ProductionSheetStatus' });
(0, type_graphql_1.registerEnumType)(WorkRecordStatus, { name: 'WorkRecordStatus', description: 'A VALIDATED record is immutable; corrections are new records.' });
(0, type_graphql_1.registerEnumType)(MadContractKind, { name: 'MadContractKind', description: 'Individual MAD (at most 2 years) or collective (a team).' });
/** Who an objective is for: one beneficiary (individual) or a team (collective: a work group or a workshop). */
var ObjectiveScope;
(function (ObjectiveScope) {
    ObjectiveScope["INDIVIDUAL"] = "individual";
    ObjectiveScope["WORK_GROUP"] = "work_group";
    ObjectiveScope["WORKSHOP"] = "workshop";
})(ObjectiveScope || (exports.ObjectiveScope = ObjectiveScope = {}));
/** What an objective measures, as the contribution indicators count it (reporting/README.md). */
var ObjectiveMeasure;
(function (ObjectiveMeasure) {
    ObjectiveMeasure["HOURS"] = "hours";
    ObjectiveMeasure["QUANTITY"] = "quantity";
    ObjectiveMeasure["QUALITY"] = "quality";
})(ObjectiveMeasure || (exports.ObjectiveMeasure = ObjectiveMeasure = {}));
var ObjectiveStatus;
(function (ObjectiveStatus) {
    ObjectiveStatus["OPEN"] = "open";
    ObjectiveStatus["CLOSED"] = "closed";
})(ObjectiveStatus || (exports.ObjectiveStatus = ObjectiveStatus = {}));
/** The grain of the contribution indicators: a beneficiary (individual figures) or a team. */
var IndicatorLevel;
(function (IndicatorLevel) {
    IndicatorLevel["BENEFICIARY"] = "beneficiary";
    IndicatorLevel["WORKSHOP"] = "workshop";
    IndicatorLevel["WORK_GROUP"] = "work_group";
})(IndicatorLevel || (exports.IndicatorLevel = IndicatorLevel = {}));
(0, type_graphql_1.registerEnumType)(ObjectiveScope, { name: 'ObjectiveScope', description: 'INDIVIDUAL (a beneficiary), WORK_GROUP or WORKSHOP (collective).' });
(0, type_graphql_1.registerEnumType)(ObjectiveMeasure, { name: 'ObjectiveMeasure', description: 'Hours worked, quantity produced, or quality (1 − rejected ÷ produced, a share from 0 to 1).' });
(0, type_graphql_1.registerEnumType)(ObjectiveStatus, { name: 'ObjectiveStatus', description: 'An OPEN objective may be edited; CLOSED is final.' });
(0, type_graphql_1.registerEnumType)(IndicatorLevel, { name: 'IndicatorLevel', description: 'BENEFICIARY rows are individual figures; WORKSHOP and WORK_GROUP rows are collective.' });
var UtilizationLevel;
(function (UtilizationLevel) {
    UtilizationLevel["BENEFICIARY"] = "beneficiary";
    UtilizationLevel["WORKSHOP"] = "workshop";
})(UtilizationLevel || (exports.UtilizationLevel = UtilizationLevel = {}));
(0, type_graphql_1.registerEnumType)(UtilizationLevel, { name: 'UtilizationLevel', description: 'BENEFICIARY rows are individual figures; WORKSHOP rows (per workshop and supervisor) are collective.' });
/** Funder-granted capacity of an establishment: ARS-authorised places (ESAT) or CPOM aided posts in FTE (EA). */
var CapacityKind;
(function (CapacityKind) {
    CapacityKind["AUTHORIZED_PLACES"] = "authorized_places";
    CapacityKind["AIDED_POSTS"] = "aided_posts";
})(CapacityKind || (exports.CapacityKind = CapacityKind = {}));
/** Why a beneficiary left (a product classification, not a legal one; reports group exits by destination). */
var ExitReason;
(function (ExitReason) {
    ExitReason["PROFESSIONAL_PROJECT"] = "professional_project";
    ExitReason["END_OF_CONTRACT"] = "end_of_contract";
    ExitReason["RESIGNATION"] = "resignation";
    ExitReason["RETIREMENT"] = "retirement";
    ExitReason["HEALTH"] = "health";
    ExitReason["RELOCATION"] = "relocation";
    ExitReason["OTHER"] = "other";
})(ExitReason || (exports.ExitReason = ExitReason = {}));
/** Where a beneficiary went on leaving, as funders group exits (DOMAIN: ordinary employment, EA, other ESAT, training, none). */
var ExitDestination;
(function (ExitDestination) {
    ExitDestination["ORDINARY_EMPLOYMENT"] = "ordinary_employment";
    ExitDestination["EA"] = "ea";
    ExitDestination["OTHER_ESAT"] = "other_esat";
    ExitDestination["TRAINING"] = "training";
    ExitDestination["NONE"] = "none";
    ExitDestination["OTHER"] = "other";
})(ExitDestination || (exports.ExitDestination = ExitDestination = {}));
var MovementKind;
(function (MovementKind) {
    MovementKind["EXIT"] = "exit";
    MovementKind["RETURN"] = "return";
})(MovementKind || (exports.MovementKind = MovementKind = {}));
/** Steps of the parcours beyond the workshop. */
var PathwayStepKind;
(function (PathwayStepKind) {
    PathwayStepKind["TRAINING"] = "training";
    PathwayStepKind["RAE_ENROLMENT"] = "rae_enrolment";
    PathwayStepKind["RAE_ATTESTATION"] = "rae_attestation";
    PathwayStepKind["PRESTATION_EN_ENTREPRISE"] = "prestation_en_entreprise";
})(PathwayStepKind || (exports.PathwayStepKind = PathwayStepKind = {}));
(0, type_graphql_1.registerEnumType)(CapacityKind, { name: 'CapacityKind', description: 'AUTHORIZED_PLACES: places authorised by the ARS (ESAT); AIDED_POSTS: aided posts of the CPOM, in FTE (EA).' });
(0, type_graphql_1.registerEnumType)(ExitReason, { name: 'ExitReason', description: 'Why a beneficiary left (product classification).' });
(0, type_graphql_1.registerEnumType)(ExitDestination, { name: 'ExitDestination', description: 'Where a beneficiary went: ordinary employment, an EA, another ESAT, training, none, other.' });
(0, type_graphql_1.registerEnumType)(MovementKind, { name: 'MovementKind', description: 'EXIT (with reason and destination) or RETURN (possibly under the droit au retour).' });
(0, type_graphql_1.registerEnumType)(PathwayStepKind, {
    name: 'PathwayStepKind',
    description: 'TRAINING (formation), RAE_ENROLMENT and RAE_ATTESTATION (reconnaissance des acquis de l\'expérience, "Différent et compétent"), PRESTATION_EN_ENTREPRISE (work in a host company).',
});
//# sourceMappingURL=enums.js.map