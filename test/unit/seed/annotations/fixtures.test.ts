/**
 * The fixture folders under test/fixtures/articles: the valid second article, and the broken ones, each of which
 * must be refused with all of its problems at once, located by file, JSON path and line.
 */
import { join } from 'node:path';
import type { AnnotationProblem } from '../../../../seed/annotations';
import { AnnotationError, readArticleFolder, readArticleFolders } from '../../../../seed/annotations';

const ROOT = join(__dirname, '..', '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'articles');
const MAIN = join(ROOT, 'seed', 'articles', 'xi-putin-call-2025-02-24');
const fixture = (name: string) => join(FIXTURES, name);

async function problemsOf(promise: Promise<unknown>): Promise<AnnotationProblem[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AnnotationError);
  return (error as AnnotationError).problems;
}

/** `file:line path` for compact assertions (file relative to its folder). */
const where = (p: AnnotationProblem) => `${p.file.split(/[\\/]/).pop()}:${p.line ?? '-'} ${p.path}`;

describe('the second article fixture', () => {
  it('resolves on its own, and shares entities and a relation with the main article', async () => {
    const second = await readArticleFolder(fixture('second-article'));
    expect(second.id).toBe('article:test-fixture-second-article');
    expect(second.title).toMatch(/^TEST FIXTURE/);
    expect(second.passages).toHaveLength(4);
    expect(second.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'person:xi-jinping',
        'country:china',
        'country:russia',
        'person:ivan-samplov',
        'organization:example-news-agency',
        'event:2025-03-05-harbor-trade-forum',
      ]),
    );
    expect(second.statements).toHaveLength(3);
    expect(second.relations.length).toBeGreaterThan(0);
    const china = second.entities.find((e) => e.id === 'country:china')!;
    expect(china.mentions.map((m) => m.quote)).toEqual(['Beijing', 'Beijing']);
    expect(second.relations.map((r) => r.id)).toContain('LEADS:person:xi-jinping->country:china');
    for (const e of [...second.statements.flatMap((s) => s.evidence), ...second.relations.flatMap((r) => r.evidence)]) {
      expect(second.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('loads beside the main article with readArticleFolders', async () => {
    const articles = await readArticleFolders([MAIN, fixture('second-article')]);
    expect(articles.map((a) => a.id)).toEqual(['article:2025-02-24-xi-putin-no-limits', 'article:test-fixture-second-article']);
    const [main, second] = articles;
    const kinds = (a: typeof main) => new Map(a.entities.map((e) => [e.id, e.kind]));
    const shared = [...kinds(second).keys()].filter((id) => kinds(main).has(id));
    expect(shared).toEqual(expect.arrayContaining(['person:xi-jinping', 'country:china', 'country:russia']));
    for (const id of shared) expect(kinds(second).get(id)).toBe(kinds(main).get(id));
  });
});

describe('broken fixtures', () => {
  it('broken-evidence: every quote problem at once, with paths and lines', async () => {
    const problems = await problemsOf(readArticleFolder(fixture('broken-evidence')));
    expect(problems.map(where)).toEqual([
      'article.txt:3 ',
      'annotations.json:5 entities[2].evidence',
      'annotations.json:10 statements[0].text',
      'annotations.json:11 statements[0].evidence[0].quote',
      'annotations.json:14 statements[1].evidence[0].quote',
      'annotations.json:14 statements[1].evidence[1].occurrence',
      'annotations.json:18 statements[2].evidence[0].after',
      'annotations.json:19 statements[2].evidence[1].quote',
      'annotations.json:21 statements[2].evidence[3]',
      'annotations.json:25 relations[0].evidence',
    ]);
    const message = (path: string) => problems.find((p) => p.path === path)!.message;
    expect(message('entities[2].evidence')).toMatch(/evidence is required on an EVENT/);
    expect(message('statements[0].text')).toMatch(/DIRECT_QUOTE .* “ties are very strong” is not in the article/);
    expect(message('statements[0].evidence[0].quote')).toMatch(/not found verbatim .* other quote marks/);
    expect(message('statements[1].evidence[0].quote')).toMatch(/ambiguous: it occurs 2 times .* add "occurrence"/);
    expect(message('statements[1].evidence[1].occurrence')).toMatch(/occurrence 3 is beyond the 2 occurrence/);
    expect(message('statements[2].evidence[0].after')).toMatch(/occurs 3 times .* exactly once/);
    expect(message('statements[2].evidence[1].quote')).toMatch(/crosses a passage boundary/);
    expect(message('statements[2].evidence[3]')).toMatch(/either "occurrence" or "after", not both/);
    expect(message('relations[0].evidence')).toMatch(/must not be empty/);
    // The quotation its misquoted statement was meant to cover is then in no statement (QuotationsCoveredRule).
    expect(problems[0].message).toMatch(/the quotation “ties are strong” \(p1\) is in no statement’s evidence/);
    expect(problems.slice(1).every((p) => p.file === join(fixture('broken-evidence'), 'annotations.json'))).toBe(true);
  });

  it('broken-references: unknown, wrong-kind and duplicate ids, bad spelling, unnamed entities', async () => {
    const problems = await problemsOf(readArticleFolder(fixture('broken-references')));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['entities[0].aliases[1]', expect.stringMatching(/alias “Xi's” does not occur in the article/)],
      ['entities[2].id', expect.stringMatching(/duplicate id "person:xi-jinping": already used at entities\[0\]\.id/)],
      ['entities[3].id', expect.stringMatching(/"person:china" must start with "country:"/)],
      ['entities[4].id', expect.stringMatching(/lowercase-kebab-case .* "Fixture_Group"/)],
      ['entities[5]', expect.stringMatching(/"organization:absent-org" is never named in the article/)],
      ['statements[0].speaker', expect.stringMatching(/speaker "person:nobody" does not exist/)],
      ['statements[1].event', expect.stringMatching(/must be an EVENT, but it is a PERSON/)],
      ['statements[1].about[0]', expect.stringMatching(/"statement:missing" does not exist/)],
      ['statements[1].respondsTo', expect.stringMatching(/"person:xi-jinping" is an entity, but it must be a statement/)],
      ['statements[2].speaker', expect.stringMatching(/NARRATOR statement is the journalist’s own voice/)],
      ['statements[3].speaker', expect.stringMatching(/is an EVENT: it must be a person, country or organization/)],
      ['statements[4]', expect.stringMatching(/speaker is required for a PARAPHRASE statement/)],
      ['relations[0].to', expect.stringMatching(/"country:atlantis" does not exist/)],
      ['relations[2]', expect.stringMatching(/duplicate relation MET_WITH:person:xi-jinping->person:vladimir-putin .* explicit "id"/)],
      ['relations[3].to', expect.stringMatching(/cannot link "person:xi-jinping" to itself/)],
    ]);
    expect(problems.every((p) => typeof p.line === 'number')).toBe(true);
  });

  it('broken-schema: enums, impossible dates, type spelling, unknown properties, missing evidence', async () => {
    const problems = await problemsOf(readArticleFolder(fixture('broken-schema')));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['entities[0].kind', 'kind must be one of PERSON, COUNTRY, ORGANIZATION, EVENT (got "PEOPLE")'],
      ['entities[2].date.value', 'date "2025-02-30" is not a real calendar date (2025-02 has 28 days)'],
      ['entities[3].date.value', 'date "2025-W54": ISO year 2025 has weeks W01..W52'],
      ['entities[4].date.value', 'date RANGE "2025-03/2025-02" ends before it starts (2025-03-01 > 2025-02-01)'],
      ['entities[5].date.value', 'date "2025-13": month 13 does not exist'],
      ['entities[6].date.value', 'date "2025-02" does not match DAY precision (expected YYYY-MM-DD)'],
      ['entities[7].date.precision', 'precision must be one of DAY, WEEK, MONTH, YEAR, RANGE (got "DECADE")'],
      ['entities[8].date.text', expect.stringMatching(/“on Tuesday” is not in the article/)],
      ['statements[0].form', expect.stringMatching(/^form must be one of DIRECT_QUOTE, PARTIAL_QUOTE, PARAPHRASE, NARRATOR/)],
      ['statements[0].act', expect.stringMatching(/^act must be one of ASSERTION, .* \(got "CLAIM"\)$/)],
      ['statements[1].evidence', 'evidence is required: every statement needs at least one quote from the article'],
      ['statements[2].adressees', 'unknown property "adressees" (a typo? it is not part of the format)'],
      ['statements[2].evidence[0].occurrence', expect.stringMatching(/1-based/)],
      ['relations[0].type', expect.stringMatching(/UPPER_SNAKE_CASE.*"met_with"/)],
      ['relations[1].type', expect.stringMatching(/MENTIONED_IN is reserved/)],
      ['relations[2].qualifiers', expect.stringMatching(/strings, numbers or booleans/)],
    ]);
    expect(problems.find((p) => p.path === 'entities[4].date.value')!.line).toBe(10);
  });

  it('broken-files: boilerplate in the text, bad metadata and a JSON syntax error, located by line', async () => {
    const problems = await problemsOf(readArticleFolder(fixture('broken-files')));
    expect(problems.map(where)).toEqual([
      'article.txt:5 ',
      'article.txt:7 ',
      'article.json:3 title',
      'article.json:4 publishedOn',
      'article.json:5 language',
      'annotations.json:4 ',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/page boilerplate “Add a Comment”/),
      expect.stringMatching(/page boilerplate “Your email address will not be published”/),
      expect.stringMatching(/title must be the first line of article\.txt/),
      'publishedOn "2025-02-30" is not a real calendar date (2025-02 has 28 days)',
      expect.stringMatching(/BCP 47/),
      expect.stringMatching(/annotations\.json is not valid JSON/),
    ]);
  });

  it('broken-missing-annotations: names the missing file', async () => {
    const problems = await problemsOf(readArticleFolder(fixture('broken-missing-annotations')));
    expect(problems).toEqual([
      { file: join(fixture('broken-missing-annotations'), 'annotations.json'), path: '', message: 'annotations.json is missing from the article folder' },
    ]);
  });

  it('broken-kind-conflict: alone, its id spelling; beside the main article, every conflict with it', async () => {
    const alone = await problemsOf(readArticleFolder(fixture('broken-kind-conflict')));
    expect(alone.map((p) => [p.path, p.message])).toEqual([['entities[1].id', 'id "country:china" must start with "organization:" (kind ORGANIZATION)']]);

    const together = await problemsOf(readArticleFolders([MAIN, fixture('broken-kind-conflict')]));
    expect(together.map((p) => [where(p), p.message])).toEqual([
      ['annotations.json:4 entities[1].id', 'id "country:china" must start with "organization:" (kind ORGANIZATION)'],
      [
        'article.json:2 id',
        'article id "article:2025-02-24-xi-putin-no-limits" is already used by the folder xi-putin-call-2025-02-24: every article needs its own id',
      ],
      [
        'annotations.json:4 entities[1].kind',
        '"country:china" is an ORGANIZATION here but a COUNTRY in xi-putin-call-2025-02-24: an id names one thing, of one kind, in every article',
      ],
      [
        'annotations.json:12 relations[0].id',
        'relation id "LEADS:person:xi-jinping->country:china" links LEADS person:vladimir-putin -> country:china here but LEADS person:xi-jinping -> country:china in xi-putin-call-2025-02-24',
      ],
    ]);
    expect(together.every((p) => p.file.startsWith(fixture('broken-kind-conflict')))).toBe(true);
  });

  it('readArticleFolders reports the problems of every folder together and resolves nothing', async () => {
    const problems = await problemsOf(readArticleFolders([MAIN, fixture('broken-evidence'), fixture('second-article'), fixture('broken-missing-annotations')]));
    const folders = new Set(problems.map((p) => p.file.split(/[\\/]/).slice(-2, -1)[0]));
    expect(folders).toEqual(new Set(['broken-evidence', 'broken-missing-annotations']));
    expect(problems).toHaveLength(11);
  });

  it('every broken fixture is refused beside the real article, as the seed step will do', async () => {
    for (const name of ['broken-evidence', 'broken-references', 'broken-schema', 'broken-files', 'broken-missing-annotations', 'broken-kind-conflict']) {
      const problems = await problemsOf(readArticleFolders([MAIN, fixture(name)]));
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.file).toMatch(/annotations\.json|article\.(json|txt)$/);
        expect(p.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('AnnotationError says what is wrong in its message too', async () => {
    const error = (await readArticleFolder(fixture('broken-missing-annotations')).catch((e: unknown) => e)) as AnnotationError;
    expect(error.name).toBe('AnnotationError');
    expect(error.message).toMatch(/1 problem\(s\)/);
    expect(error.message).toMatch(/annotations\.json is missing/);
  });
});
