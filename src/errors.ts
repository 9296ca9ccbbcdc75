/**
 * Every error a client can see is shaped here: stable `extensions.code`s (the list clients rely on is in
 * README.md, "Endpoints"), validation details for bad input, and anything unexpected logged in full but masked
 * for the client.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { ASTNode, GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DatabaseUnavailableError, RequestTimeoutError } from './db/errors';
import type { Logger } from './logger';

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" was not found.`, { extensions: { code: 'NOT_FOUND', id } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
  }
}

/** The codes of the document limits (src/http/limits.ts); the cost limit's is QUERY_TOO_COMPLEX. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'TOO_MANY_TOKENS';

/**
 * A document past one of the limits. Apollo wraps every validation error as GRAPHQL_VALIDATION_FAILED (keeping
 * the other extensions and this error as `originalError`); createFormatError gives the client this code back.
 */
export class LimitExceededError extends GraphQLError {
  constructor(
    readonly code: LimitCode,
    message: string,
    details: { limit: string; max: number; found?: number },
  ) {
    super(message, { extensions: { code, ...details, http: { status: 400 } } });
  }
}

/** A `mutation` or `subscription` the schema has no root type for (src/http/limits.ts, knownOperationTypesRule). */
export function unsupportedOperationError(operation: string, node: ASTNode): GraphQLError {
  return new GraphQLError(`The ${operation} operation is not supported by the schema.`, { nodes: node });
}

/**
 * graphql-js's error when parsing stops at its `maxTokens` option (graphql/language/parser.js), which Apollo
 * answers as GRAPHQL_PARSE_FAILED; the only way to tell it from other syntax errors is its message, which
 * graphql 16 spells "more that" (the test of the token limit pins it).
 */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** No API key where one is needed, or a key that matches none configured (src/auth/). */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, status?: number) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', ...(status ? { http: { status } } : {}) } });
  }
}

/** A valid API key whose role may not do what was asked (src/auth/guard.ts). */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** Codes that Apollo or graphql-js assign to client mistakes; such errors pass through unchanged. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'UNTRUSTED_DOCUMENT',
  'RATE_LIMITED',
]);

/** Every code an answer can carry after createFormatError (src/http/metrics.ts counts errors by these). */
export const RESPONSE_CODES: readonly string[] = [...CLIENT_CODES, 'SERVICE_UNAVAILABLE', 'OVERLOADED', 'TIMEOUT', 'INTERNAL_SERVER_ERROR'];

/**
 * graphql-js stops coercing variables after 50 errors and adds this one, with no code of its own (graphql
 * execution/values.js, `maxErrors`); Apollo codes the other coercion errors BAD_USER_INPUT, and so is this one
 * (the fuzzer found it masked as INTERNAL_SERVER_ERROR: test/integration/fuzz.int.test.ts).
 */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

/** The error a GraphQLError wraps without a path (one thrown by a plugin before execution), or the error itself. */
function causeOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = causeOf(unwrapResolverError(error));
    if (original instanceof ArgumentValidationError) {
      const validationErrors = original.extensions.validationErrors as ValidationError[];
      return {
        message: `Invalid arguments: ${validationErrors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: 'BAD_USER_INPUT',
          validation: validationErrors.map((e) => ({
            argument: e.property,
            value: e.value,
            constraints: e.constraints,
          })),
        },
      };
    }
    if (original instanceof DatabaseUnavailableError) {
      log.warn({ err: original.cause }, 'database unavailable');
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    if (original instanceof RequestTimeoutError) {
      log.warn({ err: original.cause, path: formatted.path }, 'request time budget ran out');
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'TIMEOUT' },
      };
    }
    if (original instanceof GraphQLError && original.message === TOO_MANY_VARIABLE_ERRORS) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const cause = error instanceof GraphQLError ? error.originalError : undefined;
    if (cause instanceof LimitExceededError) {
      const { http: _status, ...extensions } = cause.extensions;
      return { message: cause.message, locations: formatted.locations, extensions };
    }
    const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      const max = Number(tokens[1]);
      return {
        message: `Query has too many tokens: more than the limit of ${max} (MAX_TOKENS).`,
        locations: formatted.locations,
        extensions: { code: 'TOO_MANY_TOKENS', limit: 'MAX_TOKENS', max },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      // Apollo adds a stack trace outside production; clients don't need it.
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
