import { readFileSync } from 'node:fs';
import { graphql, isObjectType } from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import { projectPath } from '../../src/paths';
import { buildAppSchema, schemaSdl } from '../../src/schema';

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
