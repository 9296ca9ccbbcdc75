import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFolders } from '../../../../seed/annotations';
import type { CorpusManifest } from '../../../../seed/corpus';
import { generateCorpus, MANIFEST_FILE, writeCorpus } from '../../../../seed/corpus';
import type { ResolvedArticle } from '../../../../seed/model';

describe('the synthetic corpus generator', () => {
  let dir: string;
  let manifest: CorpusManifest;
  let articles: ResolvedArticle[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
    manifest = await writeCorpus({ entities: 600, perArticle: 200, seed: 7, out: dir });
    articles = await readArticleFolders(manifest.folders.map((f) => join(dir, f)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes article folders the validator accepts as they are, and the manifest beside them as a file', () => {
    expect(articles).toHaveLength(3);
    expect(readdirSync(dir).sort()).toEqual([...manifest.folders, MANIFEST_FILE].sort());
    expect(JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'))).toEqual(manifest);
    for (const a of articles) {
      expect(a.title.startsWith('SYNTHETIC CORPUS')).toBe(true);
      for (const s of a.statements) for (const e of s.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('counts what the articles hold: each entity owned once, hubs declared again where they are used', () => {
    const owned = new Set(articles.flatMap((a) => a.entities.map((e) => e.id)));
    expect(owned.size).toBe(manifest.counts.entities);
    expect(articles.reduce((n, a) => n + a.statements.length, 0)).toBe(manifest.counts.statements);
    expect(articles.reduce((n, a) => n + a.relations.length, 0)).toBe(manifest.counts.relations);
    expect(manifest.counts.relations).toBe(Math.round(600 * 1.6));
    expect(articles.reduce((n, a) => n + a.passages.length, 0)).toBe(manifest.counts.passages);
    const forms = new Set(articles.flatMap((a) => a.statements.map((s) => s.form)));
    expect([...forms].sort()).toEqual(['DIRECT_QUOTE', 'NARRATOR', 'PARAPHRASE', 'PARTIAL_QUOTE']);
    expect(articles.some((a) => a.statements.some((s) => s.act === 'DENIAL' && s.respondsToId))).toBe(true);
  });

  it('is deterministic: the same seed gives the same files, another seed other ones', () => {
    const again = generateCorpus({ entities: 600, perArticle: 200, seed: 7 });
    expect(again.manifest).toEqual(manifest);
    expect(again.articles[1].text).toBe(readFileSync(join(dir, manifest.folders[1], 'article.txt'), 'utf8'));
    expect(generateCorpus({ entities: 600, perArticle: 200, seed: 8 }).articles[1].text).not.toBe(again.articles[1].text);
  });

  it('has probes that are true of the data', () => {
    const degree = new Map<string, number>();
    const relations = articles.flatMap((a) => a.relations);
    for (const r of relations) for (const id of [r.fromId, r.toId]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => a - b);
    const { probes } = manifest;
    expect(degree.get(probes.hubId)).toBe(degrees[degrees.length - 1]);
    expect(manifest.counts.maxDegree).toBe(degrees[degrees.length - 1]);
    // Skew: the hub has many times the median degree.
    expect(degrees[degrees.length - 1]).toBeGreaterThanOrEqual(4 * degrees[Math.floor(degrees.length / 2)]);

    const statements = articles.flatMap((a) => a.statements);
    const spoken = (id: string) => statements.filter((s) => s.speakerId === id).length;
    expect(Math.max(...statements.map((s) => spoken(s.speakerId)))).toBe(spoken(probes.topSpeakerId));
    expect(statements.some((s) => s.eventId === probes.eventId)).toBe(true);
    expect(statements.filter((s) => s.text.includes(probes.searchWord)).length).toBeGreaterThan(100);
    const names = articles.flatMap((a) => a.entities.map((e) => e.name.toLowerCase()));
    expect(new Set(names.filter((n) => n.includes(probes.nameSubstring))).size).toBeGreaterThanOrEqual(1);

    // Shortest paths over what `paths` walks (relations and statement links), checked by a search of our own.
    const adjacent = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ])
        (adjacent.get(x) ?? adjacent.set(x, new Set()).get(x)!).add(y);
    };
    for (const r of relations) link(r.fromId, r.toId);
    for (const s of statements) {
      if (s.form !== 'NARRATOR') link(s.id, s.speakerId);
      for (const id of [...s.addresseeIds, ...s.aboutIds, ...s.reportedByIds, s.eventId, s.respondsToId]) if (id) link(s.id, id);
    }
    const hopsBetween = (from: string, to: string): number => {
      const seen = new Set([from]);
      let frontier = [from];
      for (let hops = 1; frontier.length > 0; hops++) {
        frontier = frontier.flatMap((id) => [...(adjacent.get(id) ?? [])].filter((n) => !seen.has(n) && seen.add(n)));
        if (frontier.includes(to)) return hops;
      }
      return -1;
    };
    expect(probes.pathPairs.map((p) => p.hops)).toEqual([2, 3, 4]);
    for (const pair of probes.pathPairs) expect(hopsBetween(pair.fromId, pair.toId)).toBe(pair.hops);
  });
});
