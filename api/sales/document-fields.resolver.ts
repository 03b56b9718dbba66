import { ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { Row } from '../read/read-model';
import { Customer } from '../../schema/entities/customer.entity';
import { Establishment } from '../../schema/entities/organization.entity';
import { CatalogItem } from '../../schema/entities/catalog-item.entity';
import { VatBreakdown } from '../../schema/entities/document.entity';
import { catalogItemById, customerById } from './sales.loaders';
import { establishmentById } from '../organization/organization.loaders';
import { documentTotals, type PricedLine } from '../../kernel/totals';

/** `customer`, `establishment` and `vatBreakdown`: the fields every numbered sales document has. */
export function DocumentFieldsResolver<T extends { customerId: string; establishmentId: string; id: string }>(
  type: ClassType<T>,
  linesOf: (ctx: RequestContext, document: T) => Promise<PricedLine[]>,
) {
  @Resolver(() => type)
  abstract class DocumentFields {
    @FieldResolver(() => Customer)
    customer(@Ctx() ctx: RequestContext, @Root() document: Row<T>) {
      return customerById(ctx).load(Number(document.customerId));
    }

    @FieldResolver(() => Establishment)
    establishment(@Ctx() ctx: RequestContext, @Root() document: Row<T>) {
      return establishmentById(ctx).load(Number(document.establishmentId));
    }

    @FieldResolver(() => [VatBreakdown], { description: 'HT, VAT and TTC per VAT rate, computed from the lines.' })
    async vatBreakdown(@Ctx() ctx: RequestContext, @Root() document: Row<T>) {
      return documentTotals(await linesOf(ctx, document)).vatBreakdown;
    }
  }
  return DocumentFields;
}

/** `catalogItem` of a priced line. */
export function LineFieldsResolver<T extends { catalogItemId: string }>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class LineFields {
    @FieldResolver(() => CatalogItem)
    catalogItem(@Ctx() ctx: RequestContext, @Root() line: Row<T>) {
      return catalogItemById(ctx).load(Number(line.catalogItemId));
    }
  }
  return LineFields;
}
