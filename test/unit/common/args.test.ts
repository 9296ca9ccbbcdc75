/**
 * The bounds of every feature's argument class (src/<feature>/<feature>.args.ts), most of them built from the
 * shared field decorators of src/common/args.ts. That class-validator runs them is checked in test/unit/schema.test.ts.
 */
import 'reflect-metadata';
import { validate } from 'class-validator';
import { EntitiesArgs, RelationsArgs } from '../../../src/entity/entity.args';
import { NeighborhoodArgs } from '../../../src/neighborhood/neighborhood.args';
import { PathsArgs } from '../../../src/path/path.args';
import { SearchArgs } from '../../../src/search/search.args';
import { StatementsArgs } from '../../../src/statement/statement.args';
import { TimelineArgs } from '../../../src/timeline/timeline.args';

/** The names of the properties class-validator refuses. */
async function refused<T extends object>(Class: new () => T, values: Partial<T>): Promise<string[]> {
  return (await validate(Object.assign(new Class(), values))).map((e) => e.property);
}

describe('argument bounds (class-validator)', () => {
  it('accept the defaults and values inside the bounds', async () => {
    expect(await refused(EntitiesArgs, {})).toEqual([]);
    expect(await refused(EntitiesArgs, { first: 100, nameContains: 'Xi', after: 'abc' })).toEqual([]);
    expect(await refused(PathsArgs, { fromId: 'person:wang-yi', toId: 'person:alexander-gabuev', maxHops: 6, first: 10 })).toEqual([]);
    expect(await refused(NeighborhoodArgs, { id: 'person:xi-jinping', depth: 3, limit: 500 })).toEqual([]);
    expect(await refused(SearchArgs, { query: 'Xi', first: 50 })).toEqual([]);
    expect(await refused(TimelineArgs, { from: '2022', to: '2025-05-31' })).toEqual([]);
    expect(await refused(RelationsArgs, { types: ['LEADS', 'PARTICIPATED_IN', 'MET_WITH_2'] })).toEqual([]);
  });

  it('bound page sizes: first 1..100, search 1..50, paths 1..10', async () => {
    expect(await refused(EntitiesArgs, { first: 0 })).toEqual(['first']);
    expect(await refused(EntitiesArgs, { first: 101 })).toEqual(['first']);
    expect(await refused(StatementsArgs, { first: 1000 })).toEqual(['first']);
    expect(await refused(TimelineArgs, { first: -1 })).toEqual(['first']);
    expect(await refused(SearchArgs, { query: 'Xi', first: 51 })).toEqual(['first']);
    expect(await refused(PathsArgs, { fromId: 'a', toId: 'b', first: 11 })).toEqual(['first']);
  });

  it('bound maxHops 1..6, depth 1..3, limit 1..500', async () => {
    expect(await refused(PathsArgs, { fromId: 'a', toId: 'b', maxHops: 0 })).toEqual(['maxHops']);
    expect(await refused(PathsArgs, { fromId: 'a', toId: 'b', maxHops: 7 })).toEqual(['maxHops']);
    expect(await refused(NeighborhoodArgs, { id: 'a', depth: 4 })).toEqual(['depth']);
    expect(await refused(NeighborhoodArgs, { id: 'a', limit: 0 })).toEqual(['limit']);
    expect(await refused(NeighborhoodArgs, { id: 'a', limit: 501 })).toEqual(['limit']);
  });

  it('refuse empty ids, empty or long queries and empty cursors', async () => {
    expect(await refused(PathsArgs, { fromId: '', toId: 'b' })).toEqual(['fromId']);
    expect(await refused(NeighborhoodArgs, { id: '' })).toEqual(['id']);
    expect(await refused(StatementsArgs, { speakerId: '' })).toEqual(['speakerId']);
    expect(await refused(SearchArgs, { query: '' })).toEqual(['query']);
    expect(await refused(SearchArgs, { query: 'x'.repeat(201) })).toEqual(['query']);
    expect(await refused(EntitiesArgs, { after: '' })).toEqual(['after']);
  });

  it('accept only UPPER_SNAKE_CASE relationship types', async () => {
    for (const bad of ['leads', 'LEADS]->(x) DETACH DELETE x //', 'LEADS-TO', '_LEADS', 'LEADS__X', '']) {
      expect(await refused(RelationsArgs, { types: [bad] })).toEqual(['types']);
    }
  });

  it('accept YYYY, YYYY-MM and YYYY-MM-DD for timeline bounds only', async () => {
    for (const bad of ['22', '2025-2', '2025/02/24', '2025-02-24T00:00', 'yesterday']) {
      expect(await refused(TimelineArgs, { from: bad })).toEqual(['from']);
    }
  });
});
