/**
 * Argument bounds shared by every list, since every list has a maximum page size (the bounds are listed in
 * README.md, "From a script"). Each @ArgsType declares its own `first` (defaults differ per field) with these
 * limits; class-validator turns a violation into BAD_USER_INPUT before any resolver runs.
 */
import { ArrayMaxSize, ArrayNotEmpty, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, Int } from 'type-graphql';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

/** Bounds of an opaque cursor; its content is checked where it is decoded (common/cursor.ts). */
export const CURSOR_MAX_LENGTH = 1_000;
export const MAX_ID_LENGTH = 300;

/**
 * `first: Int = <default>` with bounds 1..max. Nullable, as every `first` in schema/schema.graphql is (making it
 * `Int!` would break clients that pass null): null means the default, which `pageSize` applies.
 */
export function FirstField(defaultValue: number, max: number, plural: string): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { nullable: true, defaultValue, description: `How many ${plural} to return: 1 to ${max}, default ${defaultValue}.` })(target, key);
    IsOptional()(target, key);
    IsInt()(target, key);
    Min(1)(target, key);
    Max(max)(target, key);
  };
}

/** `after: String`: an opaque cursor, decoded (and refused if foreign or garbage) by the repository. */
export function AfterField(): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description: 'Start after this cursor (an edge `cursor` or `pageInfo.endCursor` of the same list).' })(target, key);
    IsOptional()(target, key);
    Length(1, CURSOR_MAX_LENGTH)(target, key);
  };
}

/** An optional id argument: when given, non-empty and of sane length. */
export function OptionalIdField(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => ID, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    Length(1, MAX_ID_LENGTH)(target, key);
  };
}

/** A required id argument: non-empty and of sane length. */
export function IdField(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => ID, { description })(target, key);
    Length(1, MAX_ID_LENGTH)(target, key);
  };
}

export function pageSize(first: number | null | undefined, defaultValue: number): number {
  return first ?? defaultValue;
}

/** At most this many values in one list filter (ids, acts, forms, kinds). */
export const MAX_FILTER_VALUES = 50;

/** An optional list of ids, any of which matches: 1 to MAX_FILTER_VALUES ids, each non-empty and of sane length. */
export function IdListField(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => [ID], { nullable: true, description: `${description} Any listed id matches (at most ${MAX_FILTER_VALUES}).` })(target, key);
    IsOptional()(target, key);
    ArrayNotEmpty({ message: `${String(key)} must list at least one id (leave it out to not filter)` })(target, key);
    ArrayMaxSize(MAX_FILTER_VALUES)(target, key);
    Length(1, MAX_ID_LENGTH, { each: true })(target, key);
  };
}

/** An optional list of enum values, any of which matches. */
export function EnumListField(type: object, description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => [type], { nullable: true, description: `${description} Any listed value matches.` })(target, key);
    IsOptional()(target, key);
    ArrayNotEmpty({ message: `${String(key)} must list at least one value (leave it out to not filter)` })(target, key);
    ArrayMaxSize(MAX_FILTER_VALUES)(target, key);
  };
}

/** A singular filter and its list form as one list (null: neither given), without repeats. */
export function anyOf<T>(single: T | null | undefined, list: T[] | null | undefined): T[] | null {
  if (single == null && list == null) return null;
  return [...new Set([...(list ?? []), ...(single != null ? [single] : [])])];
}
