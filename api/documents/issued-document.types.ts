import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../schema/scalars';

export enum IssuedDocumentKind {
  INVOICE = 'invoice',
  CREDIT_NOTE = 'credit_note',
}
registerEnumType(IssuedDocumentKind, { name: 'IssuedDocumentKind', description: 'INVOICE: Factur-X type code 380. CREDIT_NOTE (avoir): type code 381.' });

@ObjectType({
  description:
    'An issued invoice or credit note as kept (issued_document): its Factur-X file (PDF/A-3 carrying the CII XML, profile EN 16931), for an approved platform (PDP) connector.',
})
export class IssuedDocument {
  @Field(() => ID, { description: 'The issued document (not the invoice or credit note: see documentId).' }) id!: string;
  @Field(() => IssuedDocumentKind) kind!: IssuedDocumentKind;
  @Field(() => ID, { description: 'The id of the invoice or credit note.' }) documentId!: string;
  @Field(() => String) number!: string;
  @Field(() => LocalDate, { description: 'The date the document bears.' }) issueDate!: string;
  @Field(() => Date, { description: 'When it joined the feed (issuedDocuments orders by it, then by id).' }) issuedAt!: Date;
  @Field(() => String, { description: 'SHA-256 (hex) of the file documentUrl answers, as stored at issue.' }) sha256!: string;
  @Field(() => String, { description: 'Path of the Factur-X PDF: GET it with the same Authorization header as /graphql.' }) documentUrl!: string;
  @Field(() => String, { description: 'The cursor just after this document: issuedDocuments(after:) continues from it.' }) cursor!: string;
}

@ObjectType({
  description:
    'A page of the issued-documents feed. Paged by cursor, not skip/take: documents issued while a connector pages come after its cursor, never shift the pages it has read.',
})
export class IssuedDocumentList {
  @Field(() => [IssuedDocument]) items!: IssuedDocument[];
  @Field(() => String, { nullable: true, description: 'Where the next call continues (after: endCursor); the cursor it was called with when the page is empty.' })
  endCursor!: string | null;
  @Field(() => Boolean, { description: 'More documents follow this page now; false: the connector is up to date (call again later with endCursor).' })
  hasNextPage!: boolean;
}
