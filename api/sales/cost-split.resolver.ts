import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CostSplitInput } from '../../schema/inputs/sales.input';
import { InvoiceResult } from '../../schema/results';
import { CAN } from '../../kernel/roles';
import { Transactional } from '../common/mutation';
import { setInvoiceLineCostSplit } from './cost-split.service';

@Resolver()
export class CostSplitResolver {
  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => InvoiceResult, {
    description:
      "Sets the OETH cost split of a draft invoice's line (per unit). An issued invoice answers IMMUTABLE_DOCUMENT; costs above the line's HT (a negative labour cost) are BAD_USER_INPUT.",
  })
  updateInvoiceLineCostSplit(@Ctx() ctx: RequestContext, @Arg('invoiceLineId', () => ID) invoiceLineId: string, @Arg('input', () => CostSplitInput) input: CostSplitInput) {
    return setInvoiceLineCostSplit(ctx, invoiceLineId, input);
  }
}
