/**
 * UniqueIdsRule: an id is declared once across entities, statements and relations; a relation's implied id too.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { entities, folder, pathsAndMessages, relation, sources, statement } from './harness';

describe('UniqueIdsRule', () => {
  it('allows the same type between the same pair twice only with an explicit id', () => {
    const rel = (id?: string) => ({
      ...(id ? { id } : {}),
      type: 'MET_WITH',
      from: 'person:xi-jinping',
      to: 'person:vladimir-putin',
      evidence: [{ quote: 'Xi met Putin' }],
    });
    expect(resolveArticleSources(sources({ entities, statements: [], relations: [rel(), rel('MET_WITH:xi-putin-again')] })).problems).toEqual([]);
    expect(resolveArticleSources(sources({ entities, statements: [], relations: [rel(), rel()] })).problems.map((p) => p.path)).toEqual(['relations[1]']);
  });

  it('refuses an id declared twice, and names the first declaration', () => {
    const s = statement([{ quote: 'Xi met Putin' }]);
    expect(pathsAndMessages(folder({ statements: [s, s], relations: [{ ...relation, id: 'person:xi-jinping' }] }))).toEqual([
      ['statements[1].id', 'duplicate id "statement:s": already used at statements[0].id (ids are unique across entities, statements and relations)'],
      ['relations[0].id', 'duplicate id "person:xi-jinping": already used at entities[0].id (ids are unique across entities, statements and relations)'],
    ]);
  });

  it('says how to keep a second relation of the same type between the same pair', () => {
    expect(pathsAndMessages(folder({ relations: [relation, relation] }))).toEqual([
      [
        'relations[1]',
        'duplicate relation MET_WITH:person:xi-jinping->person:vladimir-putin (also at relations[0]): give one of them an explicit "id" if the same type really links this pair twice',
      ],
    ]);
  });
});
