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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssuedDocumentsResolver = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../kernel/roles");
const issued_document_feed_1 = require("./issued-document-feed");
const issued_document_types_1 = require("./issued-document.types");
let IssuedDocumentsResolver = class IssuedDocumentsResolver {
    issuedDocuments(ctx, after, first) {
        return issued_document_feed_1.IssuedDocumentFeed.page(ctx, after, first);
    }
};
exports.IssuedDocumentsResolver = IssuedDocumentsResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readSales),
    (0, type_graphql_1.Query)(() => issued_document_types_1.IssuedDocumentList, {
        description: 'The Factur-X files of the issued invoices and credit notes, in the order they were issued (ties by id), after a cursor: what an approved platform (PDP) connector pages through. ' +
            'Start without `after`, continue with `endCursor`; a document issued meanwhile comes after every cursor already given, so none is missed or repeated. An invalid cursor is BAD_USER_INPUT.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('after', () => String, { nullable: true, description: 'An endCursor (or an item\'s cursor) from an earlier page; none: from the first document.' })),
    __param(2, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, description: 'Documents to return (default 25, at most 100).' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", Promise)
], IssuedDocumentsResolver.prototype, "issuedDocuments", null);
exports.IssuedDocumentsResolver = IssuedDocumentsResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], IssuedDocumentsResolver);
//# sourceMappingURL=issued-documents.resolver.js.map