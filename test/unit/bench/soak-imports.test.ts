/**
 * The soak's writes (bench/soak-imports.ts) without a server: every import is a new article that the seed step's
 * validator accepts, its invented ids differ from every other copy's while Putin and Russia stay shared, and the
 * delete of a pass names the article that pass imported.
 */
import { resolveArticleSources } from '../../../seed/annotations';
import { importMix, SOAK_ARTICLE_PREFIX } from '../../../bench/soak-imports';
import { fixtureVariant } from '../../fixtures/import/variant';

const asFile = (value: unknown) => JSON.stringify(value, null, 2);
const idsOf = (annotations: any): string[] => [...annotations.entities, ...annotations.statements].map((item: { id: string }) => item.id);

describe('the soak imports', () => {
  it('makes copies of the fixture that the validator accepts, sharing only Putin and Russia', () => {
    const [a, b] = [fixtureVariant('soak-1-0'), fixtureVariant('soak-1-1')];
    for (const copy of [a, b]) {
      const outcome = resolveArticleSources({ dir: '', text: copy.text, meta: asFile(copy.meta), annotations: asFile(copy.annotations) });
      expect(outcome.problems).toEqual([]);
      expect(outcome.article?.id).toBe(copy.meta.id);
    }
    expect([a.meta.id, b.meta.id]).toEqual([`${SOAK_ARTICLE_PREFIX}1-0`, `${SOAK_ARTICLE_PREFIX}1-1`]);
    const shared = idsOf(a.annotations).filter((id) => idsOf(b.annotations).includes(id));
    expect(shared.sort()).toEqual(['country:russia', 'person:vladimir-putin']);
    // References follow the renamed ids: the second statement's speaker is this copy's envoy.
    expect((a.annotations as any).statements[1].speaker).toBe('person:olga-fixturova-soak-1-0');
    expect(() => fixtureVariant('Not Kebab')).toThrow('a variant tag is lowercase kebab-case, got "Not Kebab"');
  });

  it('sends a dry run, an import and the delete of that import, each import a new article', () => {
    const [dryRun, real, remove] = importMix('Bearer k');
    expect([dryRun.name, real.name, remove.name]).toEqual(['ImportArticleDryRun', 'ImportArticle', 'DeleteArticle']);
    expect(real.headers).toEqual({ authorization: 'Bearer k' });
    const pass = (context: Record<string, unknown>) =>
      [dryRun, real, remove].map((entry) => JSON.parse((entry.body as (c: Record<string, unknown>) => string)(context)).variables);
    const [first, second] = [pass({}), pass({})];
    expect(first[0].dryRun).toBe(true);
    expect(first[1].dryRun).toBe(false);
    const articleIds = [...first.slice(0, 2), ...second.slice(0, 2)].map((v) => v.input.meta.id);
    expect(new Set(articleIds).size).toBe(4);
    expect(first[2]).toEqual({ id: first[1].input.meta.id });
    expect(second[2]).toEqual({ id: second[1].input.meta.id });
  });
});
