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
exports.EstablishmentResolver = exports.OrganizationResolver = exports.Viewer = void 0;
const type_graphql_1 = require("type-graphql");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const customer_entity_1 = require("../../schema/entities/customer.entity");
const organization_input_1 = require("../../schema/inputs/organization.input");
const results_1 = require("../../schema/results");
const enums_1 = require("../../schema/enums");
const roles_1 = require("../../kernel/roles");
const errors_1 = require("../common/errors");
const mutation_1 = require("../common/mutation");
const legal_parameters_1 = require("../common/legal-parameters");
const dates_1 = require("../../kernel/dates");
const customer_resolver_1 = require("../sales/customer.resolver");
const organization_loaders_1 = require("./organization.loaders");
const organization_service_1 = require("./organization.service");
let Viewer = class Viewer {
};
exports.Viewer = Viewer;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], Viewer.prototype, "userId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", Number)
], Viewer.prototype, "organizationId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.Role]),
    __metadata("design:type", Array)
], Viewer.prototype, "roles", void 0);
exports.Viewer = Viewer = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'The caller, as the token presents them.' })
], Viewer);
let OrganizationResolver = class OrganizationResolver {
    me(ctx) {
        return { userId: ctx.user.userId, organizationId: ctx.user.organizationId, roles: ctx.user.roles };
    }
    organization(ctx) {
        return (0, organization_loaders_1.organizationById)(ctx).load(ctx.organizationId);
    }
    establishment(ctx, id) {
        return (0, organization_loaders_1.establishmentById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    updateOrganizationIdentity(ctx, input) {
        return organization_service_1.OrganizationService.updateIdentity(ctx, input);
    }
    updateInvoiceMentions(ctx, input) {
        return organization_service_1.OrganizationService.updateInvoiceMentions(ctx, input);
    }
    setOrganizationLogo(ctx, logo) {
        return organization_service_1.OrganizationService.setLogo(ctx, logo);
    }
    updateEstablishmentIdentity(ctx, id, input) {
        return organization_service_1.OrganizationService.updateEstablishmentIdentity(ctx, id, input);
    }
    establishments(ctx, organization) {
        return (0, organization_loaders_1.establishmentsByOrganizationId)(ctx).load(Number(organization.id));
    }
    headOffice(organization) {
        return (0, customer_resolver_1.address)(organization.addressLine1, organization.addressLine2, organization.postalCode, organization.city, organization.countryCode);
    }
    async invoiceMentions(ctx, organization) {
        return {
            operationsNature: organization.operationsNature,
            latePenaltyTerms: organization.latePenaltyTerms,
            earlyPaymentDiscountTerms: organization.earlyPaymentDiscountTerms,
            vatExemptionMention: organization.vatExemptionMention,
            vatOnDebits: organization.vatOnDebits,
            socialValueLine: organization.socialValueLine,
            recoveryIndemnityCents: await (0, legal_parameters_1.requiredLegalParameter)(ctx, 'recovery_indemnity_cents', (0, dates_1.todayInFrance)()),
        };
    }
    hasLogo(ctx) {
        return organization_service_1.OrganizationService.hasLogo(ctx);
    }
};
exports.OrganizationResolver = OrganizationResolver;
__decorate([
    (0, type_graphql_1.Authorized)(),
    (0, type_graphql_1.Query)(() => Viewer, { description: 'Who the bearer token says you are.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function]),
    __metadata("design:returntype", Viewer)
], OrganizationResolver.prototype, "me", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readOrganization),
    (0, type_graphql_1.Query)(() => organization_entity_1.Organization, { description: 'Your organisation.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "organization", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readOrganization),
    (0, type_graphql_1.Query)(() => organization_entity_1.Establishment, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "establishment", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageOrganization),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => organization_entity_1.Organization, { description: 'Who the organisation is on its documents: name, legal form, RNA or RCS, share capital, VAT number, head office.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => organization_input_1.OrganizationIdentityInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, organization_input_1.OrganizationIdentityInput]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "updateOrganizationIdentity", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageOrganization),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => organization_entity_1.Organization, { description: 'The default mentions of the organisation\'s invoices.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => organization_input_1.InvoiceMentionsInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, organization_input_1.InvoiceMentionsInput]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "updateInvoiceMentions", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageOrganization),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => organization_entity_1.Organization, { description: 'Sets the logo printed on documents; null removes it.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('logo', () => organization_input_1.LogoInput, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "setOrganizationLogo", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.manageOrganization),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.EstablishmentResult, { description: 'An establishment\'s address and bank account.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => organization_input_1.EstablishmentIdentityInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, organization_input_1.EstablishmentIdentityInput]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "updateEstablishmentIdentity", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [organization_entity_1.Establishment]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "establishments", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => customer_entity_1.Address, { nullable: true, description: 'Head office (siège social).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "headOffice", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => organization_entity_1.InvoiceMentions),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "invoiceMentions", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Boolean, { description: 'Whether a logo is set (setOrganizationLogo).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function]),
    __metadata("design:returntype", void 0)
], OrganizationResolver.prototype, "hasLogo", null);
exports.OrganizationResolver = OrganizationResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => organization_entity_1.Organization)
], OrganizationResolver);
let EstablishmentResolver = class EstablishmentResolver {
    address(establishment) {
        return (0, customer_resolver_1.address)(establishment.addressLine1, establishment.addressLine2, establishment.postalCode, establishment.city, 'FR');
    }
};
exports.EstablishmentResolver = EstablishmentResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => customer_entity_1.Address, { nullable: true, description: 'Street address of the establishment, printed as the seller\'s address of its documents.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], EstablishmentResolver.prototype, "address", null);
exports.EstablishmentResolver = EstablishmentResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => organization_entity_1.Establishment)
], EstablishmentResolver);
//# sourceMappingURL=organization.resolver.js.map