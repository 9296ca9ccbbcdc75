/**
 * NoSelfRelationRule: a relation links two different entities.
 */
import { folder, pathsAndMessages, relation } from './harness';

describe('NoSelfRelationRule', () => {
  it('refuses a relation from an entity to itself, on its "to"', () => {
    expect(pathsAndMessages(folder({ relations: [{ ...relation, to: 'person:xi-jinping' }] }))).toEqual([
      ['relations[0].to', 'a relation cannot link "person:xi-jinping" to itself'],
    ]);
  });

  it('says so after saying that the entity does not exist', () => {
    expect(pathsAndMessages(folder({ relations: [{ ...relation, from: 'person:nobody', to: 'person:nobody' }] }))).toEqual([
      ['relations[0].from', 'from "person:nobody" does not exist: no entity has this id'],
      ['relations[0].to', 'to "person:nobody" does not exist: no entity has this id'],
      ['relations[0].to', 'a relation cannot link "person:nobody" to itself'],
    ]);
  });
});
