import { ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { Row } from '../read/read-model';
import { Nests, type LoadedRelation } from '../read/nested-read';
import { Customer } from '../../schema/entities/customer.entity';
import { Establishment } from '../../schema/entities/organization.entity';
import { CatalogItem } from '../../schema/entities/catalog-item.entity';
import { VatBreakdown } from '../../schema/entities/document.entity';
import { catalogItemRelation, customerRelation, establishmentRelation } from './sales.loaders';
import { documentTotals, type PricedLine } from '../../kernel/totals';

/** `customer`, `establishment` and `lines`: the fields every sales document has, each its relation's loader or its embedded value. */
export function PartyFieldsResolver<T extends { customerId: number; establishmentId: number; id: number }, Line>(
  type: ClassType<T>,
  lines: LoadedRelation<Line[]>,
) {
  @Resolver(() => type)
  abstract class PartyFields {
    @Nests(customerRelation)
    @FieldResolver(() => Customer)
    customer(@Ctx() ctx: RequestContext, @Root() document: Row<T>) {
      return customerRelation.load(ctx, document);
    }

    @Nests(establishmentRelation)
    @FieldResolver(() => Establishment)
    establishment(@Ctx() ctx: RequestContext, @Root() document: Row<T>) {
      return establishmentRelation.load(ctx, document);
    }

    @Nests(lines)
    @FieldResolver(() => [lines.target])
    lines(@Ctx() ctx: RequestContext, @Root() document: Row<T>) {
      return lines.load(ctx, document);
    }
  }
  return PartyFields;
}

/** The party fields and `vatBreakdown`: the fields every priced sales document (quote, order, invoice, credit note) has. */
export function DocumentFieldsResolver<T extends { customerId: number; establishmentId: number; id: number }, Line extends PricedLine>(
  type: ClassType<T>,
  lines: LoadedRelation<Line[]>,
) {
  @Resolver(() => type)
  abstract class DocumentFields extends PartyFieldsResolver(type, lines) {
    @FieldResolver(() => [VatBreakdown], { description: 'HT, VAT and TTC per VAT rate, computed from the lines.' })
    async vatBreakdown(@Ctx() ctx: RequestContext, @Root() document: Row<T>) {
      return documentTotals(await lines.load(ctx, document)).vatBreakdown;
    }
  }
  return DocumentFields;
}

/** `catalogItem` of a priced line. */
export function LineFieldsResolver<T extends { catalogItemId: number }>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class LineFields {
    @Nests(catalogItemRelation)
    @FieldResolver(() => CatalogItem)
    catalogItem(@Ctx() ctx: RequestContext, @Root() line: Row<T>) {
      return catalogItemRelation.load(ctx, line);
    }
  }
  return LineFields;
}
