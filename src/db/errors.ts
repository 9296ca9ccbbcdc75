/**
 * Database failures, classified once. `isUnavailable` covers a stopped server, a lost connection and a
 * database that is not (yet) online; those become SERVICE_UNAVAILABLE for clients (src/errors.ts).
 */
import type { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Neo4jError).code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  return /ECONNREFUSED|ECONNRESET|connection.*(closed|refused)|Failed to connect/i.test(error.message);
}

export function isAuthFailure(error: unknown): boolean {
  return error instanceof Error && /Security\.(Unauthorized|AuthenticationRateLimit)/.test((error as Neo4jError).code ?? '');
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(cause: unknown) {
    super('The graph database is unavailable right now; retry shortly.', { cause });
  }
}

/**
 * Neo4j ended the transaction because its `timeout` (the request's remaining budget, src/db/database.ts) ran out,
 * (Neo4j's status codes Neo.ClientError.Transaction.TransactionTimedOut*).
 */
export function isTransactionTimeout(error: unknown): boolean {
  const code = error instanceof Error ? ((error as Neo4jError).code ?? '') : '';
  return /^Neo\.ClientError\.Transaction\.(TransactionTimedOut|TransactionTimedOutClientConfiguration)$/.test(code);
}

/** The request's time budget (REQUEST_TIMEOUT_MS) ran out before Neo4j answered; clients see TIMEOUT. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  constructor(
    readonly budgetMs: number,
    cause?: unknown,
  ) {
    super(`The request ran out of its ${budgetMs} ms time budget before the graph database answered; ask for less or retry.`, { cause });
  }
}
