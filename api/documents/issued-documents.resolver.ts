import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CAN } from '../../kernel/roles';
import { IssuedDocumentFeed } from './issued-document-feed';
import { IssuedDocumentList } from './issued-document.types';

@Resolver()
export class IssuedDocumentsResolver {
  @Authorized(...CAN.readSales)
  @Query(() => IssuedDocumentList, {
    description:
      'The Factur-X files of the issued invoices and credit notes, in the order they were issued (ties by id), after a cursor: what an approved platform (PDP) connector pages through. ' +
      'Start without `after`, continue with `endCursor`; a document issued meanwhile comes after every cursor already given, so none is missed or repeated. An invalid cursor is BAD_USER_INPUT.',
  })
  issuedDocuments(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, { nullable: true, description: 'An endCursor (or an item\'s cursor) from an earlier page; none: from the first document.' }) after?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Documents to return (default 25, at most 100).' }) first?: number | null,
  ): Promise<IssuedDocumentList> {
    return IssuedDocumentFeed.page(ctx, after, first);
  }
}
