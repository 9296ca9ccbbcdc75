import { readFileSync } from 'node:fs';
import { graphql, isAbstractType, isObjectType } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import { projectPath } from '../../src/paths';
import { buildAppSchema, schemaSdl } from '../../src/schema';
import { toEntity } from '../../src/entity/entity.type';
import { EntityKind } from '../../src/common/enums';
import { Statement } from '../../src/statement/statement.type';
import { isDirectResolver } from '../../src/common/field-resolvers';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema:emit` after changing types)', async () => {
    const committed = readFileSync(projectPath('schema', 'schema.graphql'), 'utf8');
    expect(await schemaSdl()).toBe(committed);
  });
});

describe('validation runs before any resolver', () => {
  it('refuses out-of-bound arguments with an ArgumentValidationError (BAD_USER_INPUT) and never touches the database', async () => {
    const schema = await buildAppSchema();
    const result = await graphql({
      schema,
      source: '{ paths(fromId: "person:wang-yi", toId: "person:alexander-gabuev", maxHops: 9) { length } }',
      contextValue: {},
    });
    expect(result.errors?.[0].originalError).toBeInstanceOf(ArgumentValidationError);
  });
});

describe('plain fields', () => {
  it('are read by graphql-js itself, and no middleware or @Authorized exists that such a field would skip', async () => {
    const schema = await buildAppSchema();
    const entity = schema.getType('Person');
    if (!isObjectType(entity)) throw new Error('Person is not an object type');
    expect(entity.getFields().name.resolve).toBeUndefined();
    expect(entity.getFields().relations.resolve).toBeInstanceOf(Function);
    const storage = getMetadataStorage();
    expect(storage.middlewares).toEqual([]);
    expect(storage.authorizedFields).toEqual([]);
    expect(storage.authorizedResolver).toEqual([]);
  });
});

describe('abstract types', () => {
  it('name the object type of a value at once, not through a promise that every parent object would wait for', async () => {
    const schema = await buildAppSchema();
    const abstractTypes = Object.values(schema.getTypeMap()).filter(isAbstractType);
    expect(abstractTypes.map((t) => t.name).sort()).toEqual(['Entity', 'Node']);
    const info = {} as GraphQLResolveInfo;
    const typeOf = (typeName: string, value: unknown) => {
      const type = schema.getType(typeName);
      if (!isAbstractType(type)) throw new Error(`${typeName} is not an abstract type`);
      return type.resolveType!(value, {}, info, type);
    };
    const person = toEntity({ id: 'person:xi-jinping', kind: EntityKind.PERSON, name: 'Xi Jinping' });
    const event = toEntity({ id: 'event:talks', kind: EntityKind.EVENT, name: 'Talks' });
    for (const typeName of ['Entity', 'Node']) {
      expect(typeOf(typeName, person)).toBe('Person');
      expect(typeOf(typeName, event)).toBe('Event');
    }
    expect(typeOf('Node', Object.assign(new Statement(), { id: 'statement:one' }))).toBe('Statement');
  });
});

describe('field resolvers that take only their parent and the context', () => {
  it('are called directly, also where an interface declares them; those with arguments keep the handler that validates them', async () => {
    const schema = await buildAppSchema();
    const fieldOf = (typeName: string, fieldName: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      return type.getFields()[fieldName];
    };
    expect(isDirectResolver(fieldOf('Statement', 'speaker').resolve)).toBe(true);
    expect(isDirectResolver(fieldOf('Statement', 'evidence').resolve)).toBe(true);
    expect(isDirectResolver(fieldOf('Person', 'mentions').resolve)).toBe(true);
    expect(isDirectResolver(fieldOf('Event', 'mentions').resolve)).toBe(true);
    expect(isDirectResolver(fieldOf('Person', 'statements').resolve)).toBe(false);
    expect(isDirectResolver(fieldOf('Query', 'node').resolve)).toBe(false);

    const statement = Object.assign(new Statement(), { id: 'statement:one' });
    const speaker = toEntity({ id: 'person:xi-jinping', kind: EntityKind.PERSON, name: 'Xi Jinping' });
    const asked: unknown[] = [];
    const context = { repos: { statements: { linkOf: (...args: unknown[]) => (asked.push(args), speaker) } } };
    expect(fieldOf('Statement', 'speaker').resolve!(statement, {}, context, {} as GraphQLResolveInfo)).toBe(speaker);
    expect(asked).toEqual([[statement, 'speaker']]);
  });
});
