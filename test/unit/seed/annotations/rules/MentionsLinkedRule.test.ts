/**
 * MentionsLinkedRule: every entity a statement's evidence names is linked to the statement (directly or through
 * a statement it is about or responds to), or listed in its "unlinked" with a reason.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { entities, folder, pathsAndMessages, problems, statement } from './harness';

const notLinked = (kind: string, id: string, name: string) =>
  `the evidence names ${kind} "${id}" (“${name}”) that the statement does not link: add it where the words put it (speaker, addressees, about, event or reportedBy), or list it in "unlinked" with the reason`;

describe('MentionsLinkedRule', () => {
  it('names the evidence item that names an entity the statement leaves out', () => {
    const source = folder({ statements: [{ ...statement([{ quote: 'it went well', occurrence: 1 }, { quote: 'Xi met Putin' }]), about: [] }] });
    const found = problems(source);
    expect(found.map((p) => [p.file, p.path, p.message])).toEqual([
      ['/tmp/rules/annotations.json', 'statements[0].evidence[1]', notLinked('a person', 'person:vladimir-putin', 'Putin')],
    ]);
    expect(source.annotations!.split('\n')[found[0].line! - 1].trim()).toBe('{'); // the item's own line: `{` then its "quote"
    expect(source.annotations!.split('\n')[found[0].line!].trim()).toBe('"quote": "Xi met Putin"');
  });

  it('accepts an entity linked directly, through the statement it is about, or unlinked with a reason', () => {
    const xi = statement([{ quote: 'Xi met Putin' }]);
    const narrator = {
      id: 'statement:n',
      form: 'NARRATOR',
      act: 'REPORT',
      text: 'Xi met Putin.',
      about: ['statement:s'],
      evidence: [{ quote: 'Xi met Putin.' }],
    };
    const unlinked = {
      ...statement([{ quote: 'Xi met Putin' }]),
      id: 'statement:u',
      about: [],
      unlinked: [{ entity: 'person:vladimir-putin', reason: 'only the one Xi met, not what he says' }],
    };
    const { problems: found } = resolveArticleSources(folder({ statements: [xi, narrator, unlinked] }));
    expect(found).toEqual([]);
  });

  it('takes a name inside a longer name of another entity as part of it', () => {
    const text = 'Title line\n\nXi praised the Putin Foundation.';
    const foundation = { id: 'organization:putin-foundation', kind: 'ORGANIZATION', name: 'Putin Foundation' };
    const s = { ...statement([{ quote: 'Xi praised the Putin Foundation.' }]), about: ['organization:putin-foundation'] };
    expect(pathsAndMessages(folder({ entities: [...entities, foundation], statements: [s] }, { text }))).toEqual([]);
  });

  it('refuses "unlinked" entries that are linked, not named in the evidence, or without a reason', () => {
    const s = {
      ...statement([{ quote: 'Xi met Putin' }]),
      about: [],
      unlinked: [
        { entity: 'person:xi-jinping', reason: 'r' },
        { entity: 'person:vladimir-putin', reason: '' },
      ],
    };
    const later = { ...statement([{ quote: 'Later, Xi left.' }]), id: 'statement:l', about: [], unlinked: [{ entity: 'person:vladimir-putin', reason: 'r' }] };
    expect(pathsAndMessages(folder({ statements: [s, later] }))).toEqual([
      ['statements[0].unlinked[0].entity', '"person:xi-jinping" is linked by this statement: remove it from unlinked'],
      ['statements[0].unlinked[1].reason', 'reason must not be empty: say why the statement does not link this entity'],
      ['statements[1].unlinked[0].entity', '"person:vladimir-putin" is not named in this statement’s evidence: remove it from unlinked'],
    ]);
  });
});
