"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RESOLVERS = void 0;
exports.appSchema = appSchema;
require("reflect-metadata");
const type_graphql_1 = require("type-graphql");
const graphql_1 = require("graphql");
const auth_checker_1 = require("./auth/auth-checker");
const read_rules_1 = require("./auth/read-rules");
const query_limits_1 = require("./security/query-limits");
const nested_read_1 = require("./read/nested-read");
const trivial_resolvers_1 = require("./read/trivial-resolvers");
const argument_validation_1 = require("./common/argument-validation");
const organization_resolver_1 = require("./organization/organization.resolver");
const customer_resolver_1 = require("./sales/customer.resolver");
const quote_resolver_1 = require("./sales/quote.resolver");
const order_resolver_1 = require("./sales/order.resolver");
const invoice_resolver_1 = require("./sales/invoice.resolver");
const error_results_1 = require("../schema/error-results");
const user_resolver_1 = require("./users/user.resolver");
const impact_resolver_1 = require("./impact/impact.resolver");
const funder_resolver_1 = require("./funders/funder.resolver");
const skills_resolver_1 = require("./skills/skills.resolver");
const cost_split_resolver_1 = require("./sales/cost-split.resolver");
const attestation_resolver_1 = require("./attestation/attestation.resolver");
const partner_portal_resolver_1 = require("./partner/partner-portal.resolver");
const issued_documents_resolver_1 = require("./documents/issued-documents.resolver");
const registry_resolver_1 = require("./production/registry.resolver");
const production_resolver_1 = require("./production/production.resolver");
const steering_resolver_1 = require("./steering/steering.resolver");
exports.RESOLVERS = [
    steering_resolver_1.SteeringResolver,
    steering_resolver_1.ObjectiveResolver,
    organization_resolver_1.OrganizationResolver,
    organization_resolver_1.EstablishmentResolver,
    customer_resolver_1.CustomerResolver,
    customer_resolver_1.CatalogItemResolver,
    quote_resolver_1.QuoteResolver,
    quote_resolver_1.QuoteLineResolver,
    order_resolver_1.OrderResolver,
    order_resolver_1.OrderLineResolver,
    order_resolver_1.DeliveryNoteResolver,
    order_resolver_1.DeliveryNoteLineResolver,
    invoice_resolver_1.InvoiceResolver,
    invoice_resolver_1.InvoiceLineResolver,
    invoice_resolver_1.CreditNoteResolver,
    invoice_resolver_1.CreditNoteLineResolver,
    invoice_resolver_1.PaymentResolver,
    registry_resolver_1.WorkshopResolver,
    registry_resolver_1.WorkGroupResolver,
    registry_resolver_1.BeneficiaryResolver,
    registry_resolver_1.BeneficiaryAssignmentResolver,
    production_resolver_1.ProductionSheetResolver,
    production_resolver_1.ProductionTaskResolver,
    production_resolver_1.AllocationResolver,
    production_resolver_1.WorkRecordResolver,
    production_resolver_1.MadContractResolver,
    production_resolver_1.OrderLineProductionResolver,
    production_resolver_1.OrderProductionResolver,
    production_resolver_1.DeliveryNoteLineContributionResolver,
    production_resolver_1.InvoiceLineContributionResolver,
    user_resolver_1.UserResolver,
    impact_resolver_1.PartnerImpactResolver,
    funder_resolver_1.FunderDataResolver,
    funder_resolver_1.BeneficiaryFunderFieldsResolver,
    skills_resolver_1.JobStandardResolver,
    skills_resolver_1.SkillResolver,
    skills_resolver_1.ActivitySkillsResolver,
    cost_split_resolver_1.CostSplitResolver,
    attestation_resolver_1.OethAttestationResolver,
    partner_portal_resolver_1.PartnerPortalResolver,
    issued_documents_resolver_1.IssuedDocumentsResolver,
];
/**
 * type-graphql wraps every resolveType in an async function; graphql-jit (our executor) needs a
 * synchronous answer. Our abstract types are simple: a result union is its one success type or an
 * error-result class, and ErrorResult's implementations are those classes.
 */
function synchronousTypeResolution(schema) {
    for (const type of Object.values(schema.getTypeMap())) {
        if (type instanceof graphql_1.GraphQLUnionType) {
            const success = type.getTypes().find((member) => !member.getInterfaces().some((i) => i.name === 'ErrorResult'));
            if (!success)
                throw new Error(`union ${type.name} has no success member`);
            type.resolveType = (value) => ((0, error_results_1.isErrorResult)(value) ? value.constructor.name : success.name);
        }
        else if (type instanceof graphql_1.GraphQLInterfaceType && type.name === 'ErrorResult') {
            type.resolveType = (value) => value.constructor.name;
        }
    }
    return schema;
}
let schema;
/** The executable schema, built once per process. */
function appSchema() {
    schema ??= (0, type_graphql_1.buildSchema)({
        resolvers: exports.RESOLVERS,
        authChecker: auth_checker_1.RoleAuthChecker,
        validateFn: argument_validation_1.validateArgument,
        orphanedTypes: [error_results_1.ErrorResult],
        emitSchemaFile: false,
    }).then((built) => (0, query_limits_1.enforceListBounds)((0, nested_read_1.installNestedReads)((0, read_rules_1.applyReadRules)((0, trivial_resolvers_1.withoutTrivialResolvers)(synchronousTypeResolution(built))))));
    return schema;
}
//# sourceMappingURL=schema-build.js.map