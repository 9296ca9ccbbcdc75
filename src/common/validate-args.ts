/**
 * Argument validation for type-graphql (its `validateFn`, src/schema.ts): class-validator on each argument class
 * instance, with the options type-graphql's own validation uses (missing properties skipped, unknown values
 * allowed; type-graphql resolvers/validate-arg.js), throwing type-graphql's ArgumentValidationError as it does, so
 * src/errors.ts answers BAD_USER_INPUT as before.
 *
 * What it adds: an argument value already found valid is not validated again. Clients repeat the same arguments
 * (`statements(first: 50)`, `node(id: …)`), and type-graphql's own path imports class-validator anew, looks up the
 * class's validation metadata and runs every constraint on each call: about 50 µs of CPU a request in the CPU
 * profile of WhoSpokeWithWhom (bench/profile.ts). Every constraint the argument classes declare (Min, Max, IsIn,
 * Length, Matches, ArrayMaxSize, …) reads only the instance's own property values, none is nested (no
 * ValidateNested) and none is asynchronous (hence validateSync), so the outcome follows from the value's JSON: a
 * value is known valid by its class and that text. Invalid values are validated every time (their errors are the
 * answer) and never remembered.
 */
import type { ValidatorOptions } from 'class-validator';
import { validateSync } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { ArgumentValidationError } from 'type-graphql';

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** Values remembered as valid per argument class; past this many, that class's start over. */
export const MAX_VALID_PER_CLASS = 1000;

const validByClass = new WeakMap<object, Set<string>>();

function validateOne(value: object): void {
  const known = validByClass.get(value.constructor) ?? new Set<string>();
  const key = JSON.stringify(value);
  if (known.has(key)) return;
  const errors = validateSync(value, OPTIONS);
  if (errors.length > 0) throw new ArgumentValidationError(errors);
  if (known.size >= MAX_VALID_PER_CLASS) known.clear();
  known.add(key);
  validByClass.set(value.constructor, known);
}

const isValidated = (value: unknown): value is object => value !== null && typeof value === 'object';

/** type-graphql's `validateFn`: scalars and nulls pass as they do there; a list's objects are validated one by one. */
export const validateArgs: ValidatorFn = (argValue: unknown) => {
  if (Array.isArray(argValue)) argValue.filter(isValidated).forEach(validateOne);
  else if (isValidated(argValue)) validateOne(argValue);
};
