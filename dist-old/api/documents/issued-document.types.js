"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssuedDocumentList = exports.IssuedDocument = exports.IssuedDocumentKind = void 0;
const type_graphql_1 = require("type-graphql");
const scalars_1 = require("../../schema/scalars");
var IssuedDocumentKind;
(function (IssuedDocumentKind) {
    IssuedDocumentKind["INVOICE"] = "invoice";
    IssuedDocumentKind["CREDIT_NOTE"] = "credit_note";
})(IssuedDocumentKind || (exports.IssuedDocumentKind = IssuedDocumentKind = {}));
(0, type_graphql_1.registerEnumType)(IssuedDocumentKind, { name: 'IssuedDocumentKind', description: 'INVOICE: Factur-X type code 380. CREDIT_NOTE (avoir): type code 381.' });
let IssuedDocument = class IssuedDocument {
};
exports.IssuedDocument = IssuedDocument;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'The issued document (not the invoice or credit note: see documentId).' }),
    __metadata("design:type", String)
], IssuedDocument.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => IssuedDocumentKind),
    __metadata("design:type", String)
], IssuedDocument.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'The id of the invoice or credit note.' }),
    __metadata("design:type", String)
], IssuedDocument.prototype, "documentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], IssuedDocument.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { description: 'The date the document bears.' }),
    __metadata("design:type", String)
], IssuedDocument.prototype, "issueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { description: 'When it joined the feed (issuedDocuments orders by it, then by id).' }),
    __metadata("design:type", Date)
], IssuedDocument.prototype, "issuedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'SHA-256 (hex) of the file documentUrl answers, as stored at issue.' }),
    __metadata("design:type", String)
], IssuedDocument.prototype, "sha256", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'Path of the Factur-X PDF: GET it with the same Authorization header as /graphql.' }),
    __metadata("design:type", String)
], IssuedDocument.prototype, "documentUrl", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'The cursor just after this document: issuedDocuments(after:) continues from it.' }),
    __metadata("design:type", String)
], IssuedDocument.prototype, "cursor", void 0);
exports.IssuedDocument = IssuedDocument = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'An issued invoice or credit note as kept (issued_document): its Factur-X file (PDF/A-3 carrying the CII XML, profile EN 16931), for an approved platform (PDP) connector.',
    })
], IssuedDocument);
let IssuedDocumentList = class IssuedDocumentList {
};
exports.IssuedDocumentList = IssuedDocumentList;
__decorate([
    (0, type_graphql_1.Field)(() => [IssuedDocument]),
    __metadata("design:type", Array)
], IssuedDocumentList.prototype, "items", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Where the next call continues (after: endCursor); the cursor it was called with when the page is empty.' }),
    __metadata("design:type", Object)
], IssuedDocumentList.prototype, "endCursor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'More documents follow this page now; false: the connector is up to date (call again later with endCursor).' }),
    __metadata("design:type", Boolean)
], IssuedDocumentList.prototype, "hasNextPage", void 0);
exports.IssuedDocumentList = IssuedDocumentList = __decorate([
    (0, type_graphql_1.ObjectType)({
        description: 'A page of the issued-documents feed. Paged by cursor, not skip/take: documents issued while a connector pages come after its cursor, never shift the pages it has read.',
    })
], IssuedDocumentList);
//# sourceMappingURL=issued-document.types.js.map