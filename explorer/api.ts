/**
 * The page's only way to the data: POST /graphql with an operation of schema/explorer.graphql, chosen by name.
 * scripts/build-explorer.ts validates those operations against the schema and hands their text in as
 * EXPLORER_OPERATIONS, so the page sends exactly what the file holds. Failures become one ApiError with a
 * message a reader can act on: an API that does not answer, a database that does not (SERVICE_UNAVAILABLE),
 * or the API's own coded error.
 */
declare const EXPLORER_OPERATIONS: Record<string, string>;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(operationName: string, variables: Record<string, unknown> = {}): Promise<T> {
  const query = EXPLORER_OPERATIONS[operationName];
  if (!query) throw new ApiError(`The page asked for an unknown operation ${operationName}.`, 'CLIENT');
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, operationName, variables }),
    });
  } catch {
    throw new ApiError('The API server does not answer. Is it running? Reload the page once it is back.', 'NETWORK');
  }
  let body: GraphqlAnswer<T>;
  try {
    body = (await response.json()) as GraphqlAnswer<T>;
  } catch {
    throw new ApiError(`The API answered with status ${response.status} and no GraphQL response.`, `HTTP_${response.status}`);
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'ERROR';
    if (code === 'SERVICE_UNAVAILABLE') {
      throw new ApiError('The graph database (Neo4j) is not answering: the API is up but cannot read the graph. Try again in a moment.', code);
    }
    throw new ApiError(error.message, code);
  }
  if (!body.data) throw new ApiError(`The API answered with status ${response.status} and no data.`, `HTTP_${response.status}`);
  return body.data;
}
