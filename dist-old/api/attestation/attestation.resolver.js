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
exports.OethAttestationResolver = exports.OethAttestationResult = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../kernel/roles");
const mutation_1 = require("../common/mutation");
const error_results_1 = require("../../schema/error-results");
const error_results_2 = require("../../schema/error-results");
const oeth_attestation_service_1 = require("./oeth-attestation.service");
const attestation_types_1 = require("./attestation.types");
exports.OethAttestationResult = (0, error_results_1.resultUnion)('OethAttestationResult', attestation_types_1.OethAttestation, [error_results_2.NotFoundError, attestation_types_1.NothingToAttestError, error_results_2.DuplicateError, error_results_2.ChronologyError]);
let OethAttestationResolver = class OethAttestationResolver {
    oethAttestation(ctx, establishmentId, customerId, year) {
        return oeth_attestation_service_1.OethAttestationService.draft(ctx, establishmentId, customerId, year);
    }
    issuedOethAttestation(ctx, id) {
        return oeth_attestation_service_1.OethAttestationService.byId(ctx, id);
    }
    oethAttestations(ctx, options) {
        return oeth_attestation_service_1.OethAttestationService.list(ctx, options);
    }
    issueOethAttestation(ctx, input) {
        return oeth_attestation_service_1.OethAttestationService.issue(ctx, input);
    }
    reissueOethAttestation(ctx, input) {
        return oeth_attestation_service_1.OethAttestationService.reissue(ctx, input);
    }
};
exports.OethAttestationResolver = OethAttestationResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.issueAttestations),
    (0, type_graphql_1.Query)(() => attestation_types_1.OethAttestationDraft, {
        description: 'The OETH attestation of a year as it would be issued now (status DRAFT, nothing recorded): the amounts paid in the year, by payment date.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('establishmentId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('customerId', () => type_graphql_1.ID)),
    __param(3, (0, type_graphql_1.Arg)('year', () => type_graphql_1.Int)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, String, Number]),
    __metadata("design:returntype", Promise)
], OethAttestationResolver.prototype, "oethAttestation", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readAttestations),
    (0, type_graphql_1.Query)(() => attestation_types_1.OethAttestation, { nullable: true, description: 'An issued (or superseded) attestation; a partner reads its own customer\'s only (null otherwise).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", Promise)
], OethAttestationResolver.prototype, "issuedOethAttestation", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readAttestations),
    (0, type_graphql_1.Query)(() => attestation_types_1.OethAttestationList, { description: 'Issued attestations, latest year first; a partner lists its own customer\'s.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => attestation_types_1.OethAttestationListOptions, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, attestation_types_1.OethAttestationListOptions]),
    __metadata("design:returntype", void 0)
], OethAttestationResolver.prototype, "oethAttestations", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.issueAttestations),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => exports.OethAttestationResult, {
        description: 'Issues the attestation of the year: its number (OETH-<establishment>-<year>-00001, gapless per establishment and year), amounts, invoices and PDF (rendered right after the commit). ' +
            'NOTHING_TO_ATTEST when nothing was paid in the year; DUPLICATE when one is already issued (re-issue it).',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => attestation_types_1.IssueOethAttestationInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, attestation_types_1.IssueOethAttestationInput]),
    __metadata("design:returntype", void 0)
], OethAttestationResolver.prototype, "issueOethAttestation", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.issueAttestations),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => exports.OethAttestationResult, {
        description: 'A corrected re-issue: a new attestation of the same establishment, customer and year, computed now, that references and supersedes the current one (which stays readable).',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => attestation_types_1.ReissueOethAttestationInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, attestation_types_1.ReissueOethAttestationInput]),
    __metadata("design:returntype", void 0)
], OethAttestationResolver.prototype, "reissueOethAttestation", null);
exports.OethAttestationResolver = OethAttestationResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], OethAttestationResolver);
//# sourceMappingURL=attestation.resolver.js.map