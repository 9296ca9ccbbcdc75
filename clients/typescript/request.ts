/**
 * What the TypeScript clients share: where the API is, and one GraphQL request over plain fetch (Node 20+) with a
 * typed document from generated/ (codegen.ts), so a script's variables and the data it reads are checked by tsc.
 */
import type { TypedDocumentString } from './generated/graphql';

export const DEFAULT_ENDPOINT = 'http://127.0.0.1:4000/graphql';

/** The endpoint: the first command-line argument, else GRAPHQL_ENDPOINT, else the local API of `npm start`. */
export function endpoint(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): string {
  return argv[0] || env.GRAPHQL_ENDPOINT || DEFAULT_ENDPOINT;
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * POSTs one operation (GraphQL over HTTP: a JSON body with query and variables) and returns its data; a transport
 * failure, a non-JSON answer or any GraphQL error throws with the server's message and code.
 */
export async function request<TResult, TVariables>(url: string, document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const text = await response.text();
  let body: GraphQLResponse<TResult>;
  try {
    body = JSON.parse(text) as GraphQLResponse<TResult>;
  } catch {
    throw new Error(`${url} answered HTTP ${response.status} with no GraphQL response: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n'));
  }
  if (!body.data) throw new Error(`${url} answered HTTP ${response.status} without data`);
  return body.data;
}

/** Runs a script's main and exits 1 with the reason on failure (unreachable API, GraphQL errors). */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
