/**
 * Trusted documents (TRUSTED_DOCUMENTS=only; README.md, "Limits"): /graphql runs only the operations the
 * project ships, each as its clients send it:
 *  - GraphiQL's example tabs: each named operation of schema/operations.graphql with its comment and the
 *    fragments it spreads, as written (src/http/graphiql.ts, exampleTabs);
 *  - the explorer page: each named operation of schema/explorer.graphql, printed with its fragments
 *    (src/common/documents.ts, printedOperations, which scripts/build-explorer.ts bundles).
 * A document is known by the SHA-256 of its exact text, the hash Apollo's persisted queries use
 * (`extensions.persistedQuery.sha256Hash`, https://www.apollographql.com/docs/apollo-server/performance/apq):
 * a client may send the text, the hash alone, or both. Matching the exact text, not a normalized form, means
 * the check needs no parsing: an untrusted document is refused before Apollo parses or validates it, and a
 * client's hash of the text it sends is the hash here. Introspection-only operations (`__schema`, `__type`,
 * `__typename` at the root) pass too, so GraphiQL and codegen can load the schema; introspection reveals no data.
 */
import type { DocumentNode } from 'graphql';
import { Kind, parse } from 'graphql';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { printedOperations } from '../common/documents';
import { projectPath } from '../paths';
import { exampleTabs } from './graphiql';
import type { Middleware } from './graphql-post';
import { refuse } from './refusal';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The texts GraphiQL's example tabs and the explorer page send, each once. */
export function trustedTexts(): string[] {
  const read = (file: string) => readFileSync(projectPath('schema', file), 'utf8');
  const texts = [...exampleTabs(read('operations.graphql')).map((tab) => tab.query), ...Object.values(printedOperations(parse(read('explorer.graphql'))))];
  return [...new Set(texts)];
}

/** True when every operation asks only for introspection fields at its root. */
function introspectionOnly(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((op) => op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && ['__schema', '__type', '__typename'].includes(s.name.value)))
  );
}

/** One GraphQL request's fields as sent in a POST body or a GET query string. */
interface Payload {
  query?: unknown;
  extensions?: unknown;
}

export class TrustedDocuments {
  private readonly byHash: Map<string, string>;

  constructor(
    texts: string[],
    private readonly maxTokens: number,
  ) {
    this.byHash = new Map(texts.map((text) => [sha256(text), text]));
  }

  get size(): number {
    return this.byHash.size;
  }

  /**
   * Apollo's persisted-query cache, holding the trusted documents and refusing to learn others, so a request
   * with the hash alone runs the trusted text. Apollo prefixes its keys with `apq:` (@apollo/server
   * ApolloServer: PrefixingKeyValueCache with APQ_CACHE_PREFIX).
   */
  persistedQueryCache(): { get(key: string): Promise<string | undefined>; set(): Promise<void>; delete(): Promise<void> } {
    return {
      get: async (key) => this.byHash.get(key.startsWith('apq:') ? key.slice(4) : key),
      set: async () => undefined,
      delete: async () => undefined,
    };
  }

  /** undefined when the request may run; else why not, as an error code and message. */
  check(payload: Payload): { code: string; message: string } | undefined {
    if (typeof payload.query === 'string') {
      if (this.byHash.has(sha256(payload.query))) return undefined;
      let document: DocumentNode | undefined;
      try {
        document = parse(payload.query, { maxTokens: this.maxTokens, noLocation: true });
      } catch {
        // Not a document: whatever it is, it is not trusted.
      }
      if (document && introspectionOnly(document)) return undefined;
      return {
        code: 'UNTRUSTED_DOCUMENT',
        message:
          'This server runs only its trusted documents (TRUSTED_DOCUMENTS=only): the operations of schema/operations.graphql and schema/explorer.graphql, sent exactly as written there, or by their SHA-256 hash in extensions.persistedQuery.sha256Hash.',
      };
    }
    const hash = (payload.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    if (typeof hash === 'string' && !this.byHash.has(hash)) {
      return {
        code: 'PERSISTED_QUERY_NOT_FOUND',
        message: `No trusted document has the hash ${hash.slice(0, 64)} (TRUSTED_DOCUMENTS=only: the server learns no new documents).`,
      };
    }
    // A trusted hash, or no document at all (Apollo answers that one).
    return undefined;
  }

  /** The middleware for /graphql, after the JSON body parser. */
  /** `exempt`: callers who may run documents of their own (editors, who also import). */
  middleware(exempt: (req: IncomingMessage) => boolean = () => false): Middleware {
    return (req: IncomingMessage & { body?: unknown }, res, next) => {
      if (exempt(req)) return next();
      const payloads = this.payloadsOf(req);
      for (const payload of payloads) {
        const refusal = this.check(payload);
        if (refusal) return refuse(res, { status: 400, ...refusal });
      }
      next();
    };
  }

  private payloadsOf(req: IncomingMessage & { body?: unknown }): Payload[] {
    if (req.method === 'GET' || req.method === 'HEAD') {
      const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
      let extensions: unknown;
      try {
        extensions = JSON.parse(params.get('extensions') ?? 'null');
      } catch {
        extensions = undefined;
      }
      return [{ query: params.get('query') ?? undefined, extensions }];
    }
    const body = req.body;
    const list = Array.isArray(body) ? body : [body];
    return list.filter((p): p is Payload => typeof p === 'object' && p !== null);
  }
}
