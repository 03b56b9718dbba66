import DataLoader from 'dataloader';
import { byIdLoader, byParentLoader, defineLoader, selectList } from '../read/read-model';
import { Establishment, Organization } from '../../schema/entities/organization.entity';

/** The caller's organisation and its establishments, which every area's documents name. */

export const organizationById = defineLoader(
  (ctx) =>
    new DataLoader<number, Organization | null>(async (ids) => {
      const rows = await ctx.db.query<Organization>(
        `select ${selectList(ctx, Organization)} from organization t where t.id = any($1::bigint[]) and t.id = $2`,
        [ids, ctx.organizationId],
      );
      return ids.map((id) => rows.find((row) => row.id === Number(id)) ?? null);
    }),
);
export const establishmentById = defineLoader((ctx) => byIdLoader<Establishment>(ctx, Establishment));
export const establishmentsByOrganizationId = defineLoader((ctx) => byParentLoader<Establishment>(ctx, Establishment, 'organization_id', 't.code'));
