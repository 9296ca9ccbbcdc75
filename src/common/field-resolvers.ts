/**
 * Field resolvers that graphql-js calls directly. type-graphql runs every `@FieldResolver` through a handler
 * (type-graphql resolvers/create.js createHandlerResolver): on each call a resolver data object, the resolver
 * class's instance from its container, the method's parameters sorted and each converted (resolvers/helpers.js
 * getParams), then the middlewares. A field read on every object of a page, such as a statement's speaker,
 * addressees, event and evidence, pays that once per object: on a page of 33 statements with those four fields,
 * executing the answer cost 420–450 µs of CPU with plain calls against 470–500 through the handlers (in-process,
 * the database's rows cached).
 *
 * `callFieldResolversDirectly` swaps the handler for a plain call of the same method where the handler adds
 * nothing: a resolver whose parameters are its parent (`@Root()`) and the context (`@Ctx()`), in that order, with
 * no middleware or `@Authorized` (the API has none: test/unit/schema.test.ts). The parent is passed as it is,
 * where the handler would first convert it to the resolver's object type: every parent already is an instance of
 * its type's class (the repositories build them so, and the abstract types resolve by class:
 * src/node/node.type.ts). A resolver with arguments keeps type-graphql's handler, which validates them
 * (class-validator).
 */
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** The resolvers this module made: what test/unit/schema.test.ts checks for. */
const DIRECT = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

export function isDirectResolver(resolve: GraphQLFieldResolver<unknown, unknown> | undefined): boolean {
  return resolve !== undefined && DIRECT.has(resolve);
}

type Method = (parent: unknown, context: unknown) => unknown;

/** After type-graphql's buildSchema with `resolvers` (the same classes), in place. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes and stores resolver classes as Function
export function callFieldResolversDirectly(schema: GraphQLSchema, resolvers: readonly Function[]): void {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, object>();
  for (const field of storage.fieldResolvers) {
    if (field.kind !== 'external' || !resolvers.includes(field.target) || !field.getObjectType) continue;
    if ((field.middlewares?.length ?? 0) > 0 || (field.roles?.length ?? 0) > 0) continue;
    const params = [...(field.params ?? [])]
      .sort((a, b) => a.index - b.index)
      .map((p) => (p.kind === 'root' || p.kind === 'context') && !p.propertyName && p.kind);
    if (params.join() !== 'root,context') continue;
    let instance = instances.get(field.target);
    if (!instance) instances.set(field.target, (instance = new (field.target as new () => object)()));
    const method = (instance as Record<string, Method>)[field.methodName].bind(instance);
    const resolve: GraphQLFieldResolver<unknown, unknown> = (parent, _args, context) => method(parent, context);
    DIRECT.add(resolve);
    // The object types that have the field: the resolver's own, and every one implementing it as an interface
    // that does not resolve the field itself.
    const owner = field.getObjectType();
    const ownResolver = (target: unknown) => storage.fieldResolvers.some((f) => f.getObjectType?.() === target && f.schemaName === field.schemaName);
    for (const objectType of storage.objectTypes) {
      const inherits = objectType.interfaceClasses?.includes(owner) && !ownResolver(objectType.target);
      if (objectType.target !== owner && !inherits) continue;
      const type = schema.getType(objectType.name);
      const schemaField = isObjectType(type) ? type.getFields()[field.schemaName] : undefined;
      if (schemaField) schemaField.resolve = resolve;
    }
  }
}
