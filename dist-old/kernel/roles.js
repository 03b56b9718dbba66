"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PER_PERSON_PERIOD_FIELDS = exports.TYPE_RULES = exports.CAN = exports.Role = void 0;
/** What a user may do (the schema registers it as the GraphQL enum Role). */
var Role;
(function (Role) {
    Role["ADMIN"] = "admin";
    Role["COMMERCIAL"] = "commercial";
    Role["SUPERVISOR"] = "supervisor";
    Role["MEDICO_SOCIAL"] = "medico_social";
    Role["PARTNER"] = "partner";
    Role["FUNDER"] = "funder";
    Role["VIEWER"] = "viewer";
})(Role || (exports.Role = Role = {}));
/** Who may read and write each area; the README's matrix mirrors this file. */
exports.CAN = {
    readSales: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER],
    writeSales: [Role.ADMIN, Role.COMMERCIAL],
    readCatalog: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR],
    readCostSplit: [Role.ADMIN, Role.COMMERCIAL],
    readOrganization: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
    /** Workshops, work groups, activities, production sheets and allocations. */
    readProduction: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
    writeProduction: [Role.ADMIN, Role.SUPERVISOR],
    /** Beneficiary codes (matricule, initials) and their work records: never partners or funders. */
    readBeneficiaries: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
    /** Contract details, parcours: the people who accompany the beneficiaries. */
    readBeneficiaryDetails: [Role.ADMIN, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
    writeBeneficiaries: [Role.ADMIN, Role.MEDICO_SOCIAL],
    /** Work records: supervisors write and validate them for their own workshops (checked in the service). */
    recordWork: [Role.ADMIN, Role.SUPERVISOR],
    /** Individual, day-by-day work records; commercial staff see contributions as aggregates and codes instead. */
    readWorkRecords: [Role.ADMIN, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
    readIdentity: [Role.ADMIN, Role.MEDICO_SOCIAL],
    medicoSocialNotes: [Role.MEDICO_SOCIAL],
    /** A customer's impact figures (partnerImpact): partners for their own customer, sales staff for any. */
    readPartnerImpact: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.PARTNER],
    /**
     * Steering indicators and objectives (contributionIndicators, utilization, objectives): staff only.
     * Individual rows (a beneficiary's, an individual objective) also need readWorkRecords (checked in
     * api/steering/steering-access.ts); the other roles get team rows, withheld for small teams.
     */
    readIndicators: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
    /** Objectives: médico-social staff set individual ones, supervisors collective ones for their workshops (checked in the service). */
    writeObjectives: [Role.ADMIN, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
    /** Funder-granted capacity (authorised places, CPOM aided posts): the establishment's managers. */
    writeCapacity: [Role.ADMIN],
    /**
     * The funder report (ARS, DREETS) of an establishment and year: aggregates through the disclosure
     * control; FUNDER accounts for their own establishments only (checked in the service).
     */
    readFunderReport: [Role.ADMIN, Role.VIEWER, Role.FUNDER],
    /** The skills referential (job standards, skills, the skills of activities): staff, never outsiders. */
    readSkills: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
    writeSkills: [Role.ADMIN, Role.MEDICO_SOCIAL],
    /**
     * A beneficiary's skills evidence (activities practised, hours and quality, parcours, pathway steps):
     * médico-social, and supervisors for the beneficiaries of their workshops (checked in the service).
     */
    readSkillsEvidence: [Role.ADMIN, Role.MEDICO_SOCIAL, Role.SUPERVISOR],
    /** A customer's sales documents as its partner portal reads them (partnerDocuments): partners for their own customer, sales staff for any. */
    readPartnerDocuments: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.PARTNER],
    /** OETH attestations: computing a draft and issuing (or re-issuing) one. */
    issueAttestations: [Role.ADMIN, Role.COMMERCIAL],
    /** Issued OETH attestations and their PDF: sales staff for any customer, partners for their own. */
    readAttestations: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.PARTNER],
    /** Accounts, roles and partner API keys. */
    manageUsers: [Role.ADMIN],
    /** The identities documents print (organisation, establishments, invoice mentions, logo). */
    manageOrganization: [Role.ADMIN],
};
/**
 * What reading an object of each type takes, wherever it is reached: the rule of the root queries
 * that return it (`order`, `orders` → readSales…). A field leading to one of these types carries the
 * type's rule (api/auth/read-rules.ts), so a role reaches through any path exactly what it reads at
 * the root. A page (`OrderList`) takes the rule of its items; types not listed (Address, Contribution,
 * VatBreakdown, ImpactMonth, error results…) are values of the object that holds them.
 */
exports.TYPE_RULES = {
    Quote: 'readSales',
    QuoteLine: 'readSales',
    Order: 'readSales',
    OrderLine: 'readSales',
    DeliveryNote: 'readSales',
    DeliveryNoteLine: 'readSales',
    Invoice: 'readSales',
    InvoiceLine: 'readSales',
    CreditNote: 'readSales',
    CreditNoteLine: 'readSales',
    Payment: 'readSales',
    Customer: 'readSales',
    CatalogItem: 'readCatalog',
    Organization: 'readOrganization',
    Establishment: 'readOrganization',
    Workshop: 'readProduction',
    WorkGroup: 'readProduction',
    Activity: 'readProduction',
    ProductionSheet: 'readProduction',
    ProductionTask: 'readProduction',
    Allocation: 'readProduction',
    MadContract: 'readProduction',
    Beneficiary: 'readBeneficiaries',
    BeneficiaryAssignment: 'readBeneficiaryDetails',
    BeneficiaryIdentity: 'readIdentity',
    MedicoSocialNote: 'medicoSocialNotes',
    WorkRecord: 'readWorkRecords',
    User: 'manageUsers',
    ApiKey: 'manageUsers',
    PartnerImpact: 'readPartnerImpact',
    Objective: 'readIndicators',
    ContributionIndicator: 'readIndicators',
    UtilizationWeek: 'readIndicators',
    EstablishmentCapacity: 'readOrganization',
    BeneficiaryMovement: 'readBeneficiaryDetails',
    PathwayStep: 'readBeneficiaryDetails',
    JobStandard: 'readSkills',
    Skill: 'readSkills',
    FunderReport: 'readFunderReport',
    SkillsEvidence: 'readSkillsEvidence',
    OethAttestation: 'readAttestations',
    OethAttestationDraft: 'issueAttestations',
    PartnerDocuments: 'readPartnerDocuments',
    IssuedDocument: 'readSales',
};
/**
 * Per-person figures over a period (`Beneficiary.contribution(period)`): a role that may not read
 * individual work records (readWorkRecords) reads them over whole, ended calendar months only — a
 * shorter or open period would give one person's day, which is an individual work record.
 */
exports.PER_PERSON_PERIOD_FIELDS = ['Beneficiary.contribution'];
//# sourceMappingURL=roles.js.map