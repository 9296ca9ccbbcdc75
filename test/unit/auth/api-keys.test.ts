import type { IncomingMessage } from 'node:http';
import { apiKeyFrom, callerOf, findKey, newApiKey, parseApiKeys, sha256 } from '../../../src/auth/api-keys';
import { loadConfig } from '../../../src/config';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('API keys', () => {
  const editor = newApiKey('editor', 'alice');
  const reader = newApiKey('read');

  it('prints a key whose entry is its SHA-256 with the role and label', () => {
    expect(editor.entry).toBe(`${sha256(editor.key).toString('hex')}:editor:alice`);
    expect(editor.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newApiKey('editor').key).not.toBe(editor.key);
  });

  it('parses API_KEYS and finds the key a request presents, by either header', () => {
    const { keys, problems } = parseApiKeys(` ${editor.entry} , ${reader.entry.toUpperCase().replace(':READ', ':read')}`);
    expect(problems).toEqual([]);
    expect(keys.map((k) => [k.role, k.label])).toEqual([
      ['editor', 'alice'],
      ['read', reader.entry.slice(0, 8)],
    ]);
    expect(findKey(keys, editor.key)?.label).toBe('alice');
    expect(findKey(keys, `${editor.key}x`)).toBeUndefined();
    expect(callerOf(keys, request({ authorization: `Bearer ${editor.key}` }))).toEqual({ role: 'editor', label: 'alice' });
    expect(callerOf(keys, request({ 'x-api-key': reader.key }))).toMatchObject({ role: 'read' });
    expect(callerOf(keys, request({}))).toEqual({ role: 'anonymous' });
    expect(callerOf(keys, request({ authorization: 'Bearer nope' }))).toBe('invalid');
    // Another scheme is an attempt to authenticate too, never anonymous.
    expect(callerOf(keys, request({ authorization: `Basic ${editor.key}` }))).toBe('invalid');
  });

  it('reads Authorization before X-Api-Key', () => {
    expect(apiKeyFrom(request({ authorization: 'Bearer one', 'x-api-key': 'two' }))).toBe('one');
    expect(apiKeyFrom(request({ 'x-api-key': ' two ' }))).toBe('two');
    expect(apiKeyFrom(request({ 'x-api-key': '' }))).toBeUndefined();
  });

  it('names every bad entry without echoing hashes', () => {
    const { problems } = parseApiKeys(`abc:editor,${editor.entry.replace(':editor', ':admin')},${editor.entry},${editor.entry}`);
    expect(problems).toEqual([
      'API_KEYS entry 1 must be <64 hex digits of a SHA-256>:<role>[:<label>] (npm run apikey prints one)',
      'API_KEYS entry 2 has the role "admin"; roles are read, editor',
      'API_KEYS entry 4 repeats a key hash already listed',
    ]);
    expect(() => loadConfig({ API_KEYS: 'abc:editor', IMPORT_BODY_LIMIT: 'lots' })).toThrow(
      /IMPORT_BODY_LIMIT must be a size such as 1mb or 500kb \(got "lots"\)[\s\S]*API_KEYS entry 1 must be/,
    );
    expect(loadConfig({ API_KEYS: editor.entry }).apiKeys).toHaveLength(1);
    expect(loadConfig({}).importBodyLimit).toBe('1mb');
  });
});
