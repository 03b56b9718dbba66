import { getMetadataStorage, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** type-graphql's defaults for its `validate` option. */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

const constrained = new WeakMap<object, boolean>();

/** Whether class-validator has any constraint on instances of `type` (or its parents): known once per class. */
function hasConstraints(type: abstract new (...args: never[]) => unknown): boolean {
  let known = constrained.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
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
export async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const objects = (Array.isArray(value) ? value : [value]).filter(
    (item): item is object => item !== null && typeof item === 'object' && hasConstraints(item.constructor as abstract new () => unknown),
  );
  try {
    for (const item of objects) await validateOrReject(item, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
