/**
 * Every error a client can see is shaped here: stable `extensions.code`s (the list clients rely on is in
 * README.md, "Endpoints"), validation details for bad input, and anything unexpected logged in full but masked
 * for the client.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DatabaseUnavailableError } from './db/errors';
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
]);

/** Every code an answer can carry after createFormatError (src/http/metrics.ts counts errors by these). */
export const RESPONSE_CODES: readonly string[] = [...CLIENT_CODES, 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR'];

export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
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
