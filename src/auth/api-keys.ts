/**
 * API keys and roles. A key is a random secret the server knows only by its SHA-256 hash: API_KEYS holds
 * `<sha256 hex>:<role>[:<label>]` entries (src/config.ts), so a leaked configuration does not leak keys. A client
 * sends its key as `Authorization: Bearer <key>` or `X-Api-Key: <key>`; the server hashes it and compares the
 * hash with every configured one with crypto.timingSafeEqual, so the answer's timing says nothing about how
 * much of a hash matched. `npm run apikey` prints a new key and its API_KEYS entry (scripts/api-key.ts).
 *
 * Reads stay open without a key; a wrong key is refused on any request (UNAUTHENTICATED, 401); mutations need an
 * `editor` key (src/auth/guard.ts).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const ROLES = ['read', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  /** SHA-256 of the key, 32 bytes. */
  hash: Buffer;
  role: Role;
  /** Who holds the key (recorded on each import); the hash's first 8 hex digits when none is configured. */
  label: string;
}

/** Who is asking: nobody (no key), or the holder of a configured key. */
export type Caller = { role: 'anonymous' } | { role: Role; label: string };

export const ANONYMOUS: Caller = { role: 'anonymous' };

const ENTRY = /^([0-9a-f]{64}):([a-z]+)(?::(.+))?$/i;

/**
 * Parses API_KEYS (comma-separated `<sha256 hex>:<role>[:<label>]`); returns the keys or the problems, one per
 * bad entry, without echoing the hashes.
 */
export function parseApiKeys(value: string): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .forEach((entry, index) => {
      const m = ENTRY.exec(entry);
      const where = `API_KEYS entry ${index + 1}`;
      if (!m) return problems.push(`${where} must be <64 hex digits of a SHA-256>:<role>[:<label>] (npm run apikey prints one)`);
      const role = m[2].toLowerCase();
      if (!(ROLES as readonly string[]).includes(role)) return problems.push(`${where} has the role "${m[2]}"; roles are ${ROLES.join(', ')}`);
      const hex = m[1].toLowerCase();
      if (seen.has(hex)) return problems.push(`${where} repeats a key hash already listed`);
      seen.add(hex);
      keys.push({ hash: Buffer.from(hex, 'hex'), role: role as Role, label: m[3]?.trim() || hex.slice(0, 8) });
    });
  return { keys, problems };
}

export const sha256 = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** A new random key (32 bytes, base64url) and the API_KEYS entry that grants it `role`. */
export function newApiKey(role: Role, label?: string): { key: string; entry: string } {
  const key = randomBytes(32).toString('base64url');
  return { key, entry: `${sha256(key).toString('hex')}:${role}${label ? `:${label}` : ''}` };
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The key a request presents: `Authorization: Bearer <key>` first, else `X-Api-Key: <key>`; undefined when it
 * presents none. Also the client key of per-client limits.
 */
export function apiKeyFrom(req: IncomingMessage): string | undefined {
  const authorization = header(req, 'authorization')?.trim();
  if (authorization) {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization);
    // Some other scheme (or a malformed one) is still an attempt to authenticate: the whole value is the key,
    // which matches nothing, so the request is refused rather than served as anonymous.
    return m ? m[1] : authorization;
  }
  const apiKey = header(req, 'x-api-key')?.trim();
  return apiKey || undefined;
}

/** Compares a presented key with every configured one (each comparison constant-time); undefined: no match. */
export function findKey(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  const hash = sha256(presented);
  let found: ApiKey | undefined;
  // Every key is compared, so the time taken does not depend on which one matched.
  for (const key of keys) if (timingSafeEqual(key.hash, hash) && !found) found = key;
  return found;
}

/** The caller a request authenticates as: anonymous, a key holder, or 'invalid' for a key that matches nothing. */
export function callerOf(keys: readonly ApiKey[], req: IncomingMessage): Caller | 'invalid' {
  const presented = apiKeyFrom(req);
  if (presented === undefined) return ANONYMOUS;
  const key = findKey(keys, presented);
  return key ? { role: key.role, label: key.label } : 'invalid';
}
