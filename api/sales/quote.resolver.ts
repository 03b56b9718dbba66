import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import { documentPath } from '../http/document-download';
import type { Row } from '../read/read-model';
import { Order, OrderLine, Quote, QuoteLine } from '../../schema/entities/sales.entity';
import { ConvertQuoteInput, QuoteInput, QuoteListOptions, QuoteUpdateInput } from '../../schema/inputs/sales.input';
import { QuoteList } from '../../schema/lists';
import { OrderResult, QuoteResult } from '../../schema/results';
import { QuoteStatus } from '../../schema/enums';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import { parseId } from '../common/errors';
import { QuoteService } from './quote.service';
import { DocumentLists } from './document-lists';
import { DocumentFieldsResolver, LineFieldsResolver } from './document-fields.resolver';
import { orderLinesByQuoteLineId, ordersByQuoteId, quoteById, quoteLinesByQuoteId } from './sales.loaders';

@Resolver(() => Quote)
export class QuoteResolver extends DocumentFieldsResolver(Quote, quoteLinesByQuoteId.relation) {

  @FieldResolver(() => String, { description: 'Path of this document\'s PDF: GET it with the same Authorization header as /graphql.' })
  documentUrl(@Root() quote: Row<Quote>) {
    return documentPath('quotes', quote.id);
  }
  @Authorized(...CAN.readSales)
  @Query(() => Quote, { nullable: true })
  quote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return quoteById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readSales)
  @Query(() => QuoteList)
  quotes(@Ctx() ctx: RequestContext, @Arg('options', () => QuoteListOptions, { nullable: true }) options: QuoteListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return DocumentLists.quotes(ctx, options, info);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => QuoteResult, { description: 'Creates a draft quote, numbered in its establishment\'s quote sequence.' })
  createQuote(@Ctx() ctx: RequestContext, @Arg('input', () => QuoteInput) input: QuoteInput) {
    return QuoteService.create(ctx, input);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => QuoteResult, { description: 'Edits a draft quote.' })
  updateQuote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => QuoteUpdateInput) input: QuoteUpdateInput) {
    return QuoteService.update(ctx, id, input);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => QuoteResult, { description: 'DRAFT → SENT.' })
  sendQuote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return QuoteService.transition(ctx, id, QuoteStatus.SENT);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => QuoteResult, { description: 'SENT → ACCEPTED.' })
  acceptQuote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return QuoteService.transition(ctx, id, QuoteStatus.ACCEPTED);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => QuoteResult, { description: 'SENT → REFUSED.' })
  refuseQuote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return QuoteService.transition(ctx, id, QuoteStatus.REFUSED);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => QuoteResult, { description: 'SENT → EXPIRED.' })
  expireQuote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return QuoteService.transition(ctx, id, QuoteStatus.EXPIRED);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => OrderResult, { description: 'Turns an accepted quote into a confirmed order, line for line.' })
  convertQuoteToOrder(
    @Ctx() ctx: RequestContext,
    @Arg('quoteId', () => ID) quoteId: string,
    @Arg('input', () => ConvertQuoteInput, { nullable: true }) input?: ConvertQuoteInput,
  ) {
    return QuoteService.convertToOrder(ctx, quoteId, input ?? {});
  }


  @FieldResolver(() => Order, { nullable: true, description: 'The order this quote became.' })
  async order(@Ctx() ctx: RequestContext, @Root() quote: Row<Quote>) {
    const [order] = await ordersByQuoteId(ctx).load(quote.id);
    return order ?? null;
  }
}

@Resolver(() => QuoteLine)
export class QuoteLineResolver extends LineFieldsResolver(QuoteLine) {
  @FieldResolver(() => Quote)
  quote(@Ctx() ctx: RequestContext, @Root() line: Row<QuoteLine>) {
    return quoteById(ctx).load(line.quoteId);
  }

  @FieldResolver(() => [OrderLine])
  orderLines(@Ctx() ctx: RequestContext, @Root() line: Row<QuoteLine>) {
    return orderLinesByQuoteLineId(ctx).load(line.id);
  }
}
