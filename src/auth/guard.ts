/**
 * Authorisation of the write path: every mutation resolver calls requireEditor first, so nothing is read or
 * written for a caller without an `editor` key. The codes are the ones clients already handle (src/errors.ts).
 */
import type { Caller } from './api-keys';
import { ForbiddenError, UnauthenticatedError } from '../errors';

export function requireEditor(caller: Caller): { role: 'editor'; label: string } {
  if (caller.role === 'anonymous') throw new UnauthenticatedError('This mutation needs an API key with the editor role (Authorization: Bearer <key>).');
  if (caller.role !== 'editor') throw new ForbiddenError(`This mutation needs the editor role; the API key "${caller.label}" has the role ${caller.role}.`);
  return { role: 'editor', label: caller.label };
}
