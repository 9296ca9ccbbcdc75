/**
 * DraftRule: nothing marked "draft": true passes unless the validator is told allowDrafts.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { entities, folder, pathsAndMessages, problems, relation, statement } from './harness';

const drafted = folder({
  draft: true,
  entities: [{ ...entities[0], draft: true }, entities[1]],
  statements: [{ ...statement([{ quote: 'Xi met Putin' }]), draft: true }],
  relations: [
    { ...relation, draft: false },
    { ...relation, id: 'MET_WITH:again', draft: true },
  ],
});

describe('DraftRule', () => {
  it('refuses every item marked as a draft, and the file, on the "draft" line', () => {
    const file = '/tmp/rules/annotations.json';
    const message = (what: string) => `unreviewed draft ${what}: check it against the article, then remove "draft" once reviewed`;
    const found = problems(drafted);
    expect(found.map((p) => [p.file, p.path, p.message])).toEqual([
      [file, 'entities[0].draft', message('entity "person:xi-jinping"')],
      [file, 'statements[0].draft', message('statement "statement:s"')],
      [file, 'relations[1].draft', message('relation "MET_WITH:again"')],
      [file, 'draft', message('(the whole file)')],
    ]);
    // Each points at its own "draft": true line (written last in its object, the file's after the relations).
    const lines = drafted.annotations!.split('\n');
    expect(found.map((p) => lines[p.line! - 1].trim())).toEqual(Array(4).fill('"draft": true'));
  });

  it('refuses a notStatements entry marked as a draft, and accepts it once the mark is gone', () => {
    const text = 'Title line\n\nXi met Putin. Xi called it “fine”.\n';
    const entry = { quote: 'fine', reason: 'a guess: a scare quote' };
    const draftEntry = folder({ statements: [statement([{ quote: 'Xi met Putin' }])], notStatements: [{ ...entry, draft: true }] }, { text });
    expect(pathsAndMessages(draftEntry)).toEqual([
      ['notStatements[0].draft', 'unreviewed draft notStatements entry: check it against the article, then remove "draft" once reviewed'],
    ]);
    expect(resolveArticleSources(draftEntry, { allowDrafts: true }).problems).toEqual([]);
    expect(pathsAndMessages(folder({ statements: [statement([{ quote: 'Xi met Putin' }])], notStatements: [entry] }, { text }))).toEqual([]);
  });

  it('accepts drafts when told allowDrafts, and "draft": false always', () => {
    const { article, problems: found } = resolveArticleSources(drafted, { allowDrafts: true });
    expect(found).toEqual([]);
    expect(article!.relations).toHaveLength(2);
  });
});
