/**
 * The benchmark's floor and GraphQL floor (bench/floor.ts, bench/graphql-floor.ts) answer the API's own
 * questions over the seeded graph with the same `data` as the API: `npm run bench` reports their ratios only when
 * they do, so a floor that drifts from the API's statements (its catalog use, its rows) fails here rather than as
 * an ERROR row in a 17-minute run.
 */
import { operations } from '../../bench/common';
import type { Listening } from '../../bench/children';
import { FLOOR_OPERATIONS, startFloor } from '../../bench/floor';
import { startGraphqlFloor } from '../../bench/graphql-floor';
import { post, requestBody } from '../../bench/load';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/database';
import { useTestApp } from './harness';

const driver = () => {
  const config = loadConfig();
  return createDriver({ uri: config.neo4jUri!, username: config.neo4jUsername, password: config.neo4jPassword });
};

describe('the benchmark floors', () => {
  const app = useTestApp();
  const floors: Record<string, Listening> = {};
  beforeAll(async () => {
    floors.floor = await startFloor(driver());
    floors['GraphQL floor'] = await startGraphqlFloor(driver());
  });
  afterAll(async () => {
    for (const floor of Object.values(floors)) await floor.close();
  });

  const asked = operations().filter((op) => FLOOR_OPERATIONS.includes(op.name));

  it('answer every operation they know of schema/operations.graphql', () => {
    expect(asked.map((op) => op.name).sort()).toEqual([...FLOOR_OPERATIONS].sort());
  });

  it.each(['floor', 'GraphQL floor'])('%s: the same data as the API, for each operation', async (server) => {
    for (const op of asked) {
      const api = await app.execute(op.query, op.variables);
      expect(api.errors).toBeUndefined();
      const answer = await post(`http://127.0.0.1:${floors[server].port}/graphql`, requestBody(op.query, op.variables, op.name));
      expect({ operation: op.name, errors: answer.errors, data: answer.data }).toEqual({ operation: op.name, errors: undefined, data: api.data });
    }
  });
});
