import { Role } from '../../schema/enums';

/** Who may read and write each area; the README's matrix mirrors this file. */
export const CAN = {
  readSales: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER],
  writeSales: [Role.ADMIN, Role.COMMERCIAL],
  readCatalog: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR],
  readCostSplit: [Role.ADMIN, Role.COMMERCIAL],
  readOrganization: [Role.ADMIN, Role.COMMERCIAL, Role.VIEWER, Role.SUPERVISOR, Role.MEDICO_SOCIAL],
} as const satisfies Record<string, readonly Role[]>;
