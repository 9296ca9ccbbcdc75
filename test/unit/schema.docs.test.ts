import type { GraphQLNamedType } from 'graphql';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { buildAppSchema } from '../../src/schema';

describe('schema documentation', () => {
  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    const types = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__'));
    for (const type of types) {
      if (!type.description && !['Query', 'Mutation', 'String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the public names of the contract (schema/schema.graphql)', async () => {
    const schema = await buildAppSchema();
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query).sort()).toEqual(
      expect.arrayContaining(['node', 'entity', 'entities', 'search', 'statements', 'timeline', 'paths', 'neighborhood', 'article', 'articles']),
    );
    expect(query.paths.args.map((a) => `${a.name}:${a.type}=${a.defaultValue ?? ''}`)).toEqual(['fromId:ID!=', 'toId:ID!=', 'maxHops:Int=4', 'first:Int=3']);
    expect(query.neighborhood.args.map((a) => `${a.name}:${a.type}=${a.defaultValue ?? ''}`)).toEqual(['id:ID!=', 'depth:Int=1', 'limit:Int=100']);
    expect(query.timeline.args.map((a) => `${a.name}:${a.type}=${a.defaultValue ?? ''}`)).toEqual([
      'from:String=',
      'to:String=',
      'first:Int=50',
      'after:String=',
    ]);
    expect(query.search.args.map((a) => `${a.name}:${a.type}=${a.defaultValue ?? ''}`)).toEqual([
      'query:String!=',
      'kinds:[SearchKind!]=',
      'speakerIds:[ID!]=',
      'articleIds:[ID!]=',
      'first:Int=10',
    ]);
    expect(query.entities.args.map((a) => `${a.name}:${a.type}=${a.defaultValue ?? ''}`)).toEqual([
      'kind:EntityKind=',
      'kinds:[EntityKind!]=',
      'nameContains:String=',
      'orderBy:EntityOrder=',
      'first:Int=20',
      'after:String=',
    ]);
    const entity = schema.getType('Entity');
    expect(isInterfaceType(entity) && Object.keys(entity.getFields()).sort()).toEqual([
      'aliases',
      'degree',
      'description',
      'id',
      'kind',
      'mentionCount',
      'mentions',
      'name',
      'relations',
      'statements',
    ]);
    for (const name of [
      'Person',
      'Country',
      'Organization',
      'Event',
      'Statement',
      'Relation',
      'Evidence',
      'PartialDate',
      'Path',
      'Subgraph',
      'GraphNode',
      'GraphEdge',
      'SearchHit',
      'Qualifier',
    ]) {
      expect(schema.getType(name)).toBeDefined();
    }
  });
});
