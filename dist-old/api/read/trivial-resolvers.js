"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withoutTrivialResolvers = withoutTrivialResolvers;
const type_graphql_1 = require("type-graphql");
const graphql_1 = require("graphql");
const data_source_1 = require("../database/data-source");
const nested_read_1 = require("./nested-read");
/**
 * type-graphql gives every field a resolver, even a plain property without roles or middlewares, where
 * it only reads `root[name]`. graphql-jit inlines the property read of a field without resolver but
 * calls (and awaits, if needed) a resolver for each one: on a 50-order page that is ~3 000 calls. Such
 * trivial resolvers are removed from the entity types, whose values are rows of plain data (an inlined
 * read does not await: other types, such as lists with their lazy `totalItems`, keep theirs). Fields
 * with their own resolver, roles, middlewares or another property name keep theirs as well.
 * (type-graphql's `simpleResolvers` would also drop `@Authorized` checks.)
 */
function withoutTrivialResolvers(schema) {
    const storage = (0, type_graphql_1.getMetadataStorage)();
    for (const objectType of storage.objectTypes) {
        if (!data_source_1.ENTITIES.includes(objectType.target))
            continue;
        const type = schema.getType(objectType.name);
        if (!(0, graphql_1.isObjectType)(type))
            continue;
        const fields = type.getFields();
        const decided = new Set((0, nested_read_1.fieldFacts)(objectType.target).resolved);
        // The class's own declaration of a field wins over its ancestors' (as type-graphql merges them).
        for (let target = objectType.target; target?.prototype; target = Object.getPrototypeOf(target)) {
            for (const field of storage.fields) {
                if (field.target !== target || decided.has(field.schemaName))
                    continue;
                decided.add(field.schemaName);
                const graphqlField = fields[field.schemaName];
                if (!graphqlField?.resolve || field.roles || field.middlewares?.length || field.name !== field.schemaName || field.params?.length)
                    continue;
                graphqlField.resolve = undefined;
            }
        }
    }
    return schema;
}
//# sourceMappingURL=trivial-resolvers.js.map