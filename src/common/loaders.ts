/**
 * DataLoader helpers for the repositories, which batch every per-parent lookup through them so a nested query
 * costs a bounded number of round trips whatever its size (the round-trip tests compare N against 2N parents).
 * Repositories are made per request (src/context.ts), so their loaders' caches never outlive one request.
 * Per-entity lists (relations, statements) take arguments, so their key is (id, args): keys with the same args
 * are fetched by ONE statement that pages per id, and a document asks for a bounded number of distinct args.
 */
import DataLoader from 'dataloader';

export interface PagedKey<A> {
  id: string;
  args: A;
}

export function pagedLoader<A, T>(fetch: (ids: string[], args: A) => Promise<Map<string, T>>, empty: (args: A) => T): DataLoader<PagedKey<A>, T, string> {
  return new DataLoader<PagedKey<A>, T, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const { id, args } of keys) {
        const group = groups.get(JSON.stringify(args)) ?? { args, ids: [] };
        group.ids.push(id);
        groups.set(JSON.stringify(args), group);
      }
      const results = new Map<string, Map<string, T>>();
      await Promise.all([...groups].map(async ([argsKey, { args, ids }]) => results.set(argsKey, await fetch([...new Set(ids)], args))));
      return keys.map(({ id, args }) => results.get(JSON.stringify(args))!.get(id) ?? empty(args));
    },
    { cacheKeyFn: ({ id, args }) => JSON.stringify([id, args]) },
  );
}

/** A by-id loader whose batch returns rows in any order: answers in key order, null where missing. */
export function byIdLoader<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await fetch([...ids])).map((item) => [item.id, item]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A loader over a batch query that answers a Map by id: answers in key order, `fallback` where missing. */
export function mapLoader<T>(fetch: (ids: string[]) => Promise<Map<string, T>>, fallback: T): DataLoader<string, T> {
  return new DataLoader<string, T>(async (ids) => {
    const found = await fetch([...ids]);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}
