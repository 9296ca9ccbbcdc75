/** Id formats of the stored graph (src/graph/ids.ts): built in one place and read back by their shape. */
import { categoryOf, evidenceId, ID_PREFIX, idPrefix, passageId, relationId } from '../../../src/graph';

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
  });
});
