/** Id formats of the stored graph (src/graph/ids.ts): built in one place and read back by their shape. */
import { categoryOf, entityKindOf, evidenceId, ID_PREFIX, idPrefix, passageId, relationId } from '../../../src/graph';
import { Event, Person, toEntity } from '../../../src/entity/entity.type';
import { Statement, toEntityOrStatement } from '../../../src/statement/statement.type';

describe('graph ids', () => {
  const article = 'article:2025-02-24-xi-putin-no-limits';

  it('builds passage, evidence and relation ids in the stored formats', () => {
    expect(passageId(article, 3)).toBe('article:2025-02-24-xi-putin-no-limits#p3');
    expect(evidenceId(article, { start: 120, end: 164 })).toBe('article:2025-02-24-xi-putin-no-limits@120-164');
    expect(relationId('PARTNER_OF', 'country:china', 'country:russia')).toBe('PARTNER_OF:country:china->country:russia');
  });

  it.each([
    ['person:xi-jinping', 'ENTITY'],
    ['country:china', 'ENTITY'],
    ['organization:nato', 'ENTITY'],
    ['event:2025-02-24-xi-putin-call', 'ENTITY'],
    ['statement:xi-no-third-party', 'STATEMENT'],
    [article, 'ARTICLE'],
    [passageId(article, 0), 'PASSAGE'],
    [evidenceId(article, { start: 0, end: 5 }), 'EVIDENCE'],
    ['planet:mars', null],
    ['no-prefix', null],
  ] as const)('reads %s as %s', (id, category) => {
    expect(categoryOf(id)).toBe(category);
  });

  it('gives every entity kind its own prefix', () => {
    const prefixes = Object.values(ID_PREFIX);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(idPrefix('person:xi-jinping')).toBe(ID_PREFIX.PERSON);
    expect(idPrefix('no-prefix')).toBe('no-prefix');
    expect(idPrefix('PARTNER_OF:country:china->country:russia')).toBe('PARTNER_OF');
  });

  it('reads an entity kind from the id, so a light link target needs no kind', () => {
    expect(entityKindOf('person:xi-jinping')).toBe('PERSON');
    expect(entityKindOf('event:2025-02-24-xi-putin-call')).toBe('EVENT');
    expect(entityKindOf('statement:xi-no-third-party')).toBeUndefined();
    const xi = toEntity({ id: 'person:xi-jinping', name: 'Xi Jinping' });
    expect(xi).toBeInstanceOf(Person);
    expect(xi).toMatchObject({ kind: 'PERSON', name: 'Xi Jinping' });
    const call = toEntityOrStatement({ id: 'event:2025-02-24-xi-putin-call', name: 'Xi–Putin call', date: '2025-02-24', datePrecision: 'DAY' });
    expect(call).toBeInstanceOf(Event);
    expect(call).toMatchObject({ kind: 'EVENT', date: { value: '2025-02-24', precision: 'DAY' } });
    expect(
      toEntityOrStatement({ id: 'statement:xi-no-third-party', text: 'No third party.', form: 'PARAPHRASE', act: 'ASSERTION', dateKey: 'k', speakerKey: 'k' }),
    ).toBeInstanceOf(Statement);
  });
});
