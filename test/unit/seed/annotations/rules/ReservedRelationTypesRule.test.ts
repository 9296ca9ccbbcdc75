/**
 * ReservedRelationTypesRule: an annotated relation does not take a type the graph writes itself.
 */
import { folder, pathsAndMessages, relation } from './harness';

describe('ReservedRelationTypesRule', () => {
  it('refuses a statement link or structure type as a relation type', () => {
    expect(pathsAndMessages(folder({ relations: [{ ...relation, type: 'SAID_BY' }] }))).toEqual([
      [
        'relations[0].type',
        'type SAID_BY is reserved for the graph’s own links (SAID_BY, ADDRESSED_TO, ABOUT, MADE_AT, REPORTED_BY, RESPONDS_TO, MENTIONED_IN, IN_PASSAGE, PART_OF, NEXT): choose another name',
      ],
    ]);
  });
});
