import { Role } from '../../schema/enums';

/** Who may read and write each area; the README's matrix mirrors this file. */
export const CAN = {
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
  /** Accounts, roles and partner API keys. */
  manageUsers: [Role.ADMIN],
} as const satisfies Record<string, readonly Role[]>;
