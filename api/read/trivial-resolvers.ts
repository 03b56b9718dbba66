import { getMetadataStorage } from 'type-graphql';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { ENTITIES } from '../database/data-source';
import { fieldFacts } from './nested-read';

/**
 * type-graphql gives every field a resolver, even a plain property without roles or middlewares, where
 * it only reads `root[name]`. graphql-jit inlines the property read of a field without resolver but
 * calls (and awaits, if needed) a resolver for each one: on a 50-order page that is ~3 000 calls. Such
 * trivial resolvers are removed from the entity types, whose values are rows of plain data (an inlined
 * read does not await: other types, such as lists with their lazy `totalItems`, keep theirs). Fields
 * with their own resolver, roles, middlewares or another property name keep theirs as well.
 * (type-graphql's `simpleResolvers` would also drop `@Authorized` checks.)
 */
export function withoutTrivialResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    if (!ENTITIES.includes(objectType.target as (typeof ENTITIES)[number])) continue;
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    const decided = new Set<string>(fieldFacts(objectType.target as (typeof ENTITIES)[number]).resolved);
    // The class's own declaration of a field wins over its ancestors' (as type-graphql merges them).
    for (let target = objectType.target; target?.prototype; target = Object.getPrototypeOf(target)) {
      for (const field of storage.fields) {
        if (field.target !== target || decided.has(field.schemaName)) continue;
        decided.add(field.schemaName);
        const graphqlField = fields[field.schemaName];
        if (!graphqlField?.resolve || field.roles || field.middlewares?.length || field.name !== field.schemaName || field.params?.length) continue;
        graphqlField.resolve = undefined;
      }
    }
  }
  return schema;
}
