"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateArgument = validateArgument;
const class_validator_1 = require("class-validator");
const type_graphql_1 = require("type-graphql");
/** type-graphql's defaults for its `validate` option. */
const OPTIONS = { forbidUnknownValues: false, skipMissingProperties: true };
const constrained = new WeakMap();
/** Whether class-validator has any constraint on instances of `type` (or its parents): known once per class. */
function hasConstraints(type) {
    let known = constrained.get(type);
    if (known === undefined) {
        known = (0, class_validator_1.getMetadataStorage)().getTargetValidationMetadatas(type, '', true, false).length > 0;
        constrained.set(type, known);
    }
    return known;
}
/**
 * type-graphql's `validateFn`: input objects checked with class-validator, as its `validate` option
 * does, failures thrown as the same ArgumentValidationError. Its own path `require`s class-validator
 * at every argument (a module resolution, with a package.json look-up, on each call of every list
 * query); here the module is loaded once, and classes without any constraint are not walked.
 */
async function validateArgument(value) {
    if (value === null || typeof value !== 'object')
        return;
    const objects = (Array.isArray(value) ? value : [value]).filter((item) => item !== null && typeof item === 'object' && hasConstraints(item.constructor));
    try {
        for (const item of objects)
            await (0, class_validator_1.validateOrReject)(item, OPTIONS);
    }
    catch (errors) {
        throw new type_graphql_1.ArgumentValidationError(errors);
    }
}
//# sourceMappingURL=argument-validation.js.map