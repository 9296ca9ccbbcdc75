/**
 * The API's object types: type-graphql's `@ObjectType` with `simpleResolvers`, so graphql-js's default resolver
 * reads each plain field off its object instead of a type-graphql wrapper per field (a resolver data object and a
 * middleware dispatch for every field of every object of an answer). What the wrapper adds is middlewares and
 * `@Authorized`, which the API uses nowhere (src/schema.ts builds the schema without either); a field that ever
 * needs one would have to opt out (`@Field({ simple: false })`). Field resolvers (`@FieldResolver`) are not
 * affected. On a page of 33 statements with their speaker, addressees, event and quotes, executing the answer
 * cost 600–630 µs of CPU against 620–690 µs with the wrappers (in-process, the database's rows cached).
 */
import type { ObjectTypeOptions } from 'type-graphql';
import { ObjectType as TypeGraphqlObjectType } from 'type-graphql';

export function ObjectType(options?: ObjectTypeOptions): ClassDecorator;
export function ObjectType(name: string, options?: ObjectTypeOptions): ClassDecorator;
export function ObjectType(nameOrOptions?: string | ObjectTypeOptions, options?: ObjectTypeOptions): ClassDecorator {
  return typeof nameOrOptions === 'string'
    ? TypeGraphqlObjectType(nameOrOptions, { ...options, simpleResolvers: true })
    : TypeGraphqlObjectType({ ...nameOrOptions, simpleResolvers: true });
}
