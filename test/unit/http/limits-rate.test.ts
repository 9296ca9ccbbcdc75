import type { IncomingMessage, ServerResponse } from 'node:http';
import { EventEmitter } from 'node:events';
import { clientKeyOf, ConcurrencyLimiter, isLoopback } from '../../../src/http/limits-rate';

const request = (headers: Record<string, string>, remoteAddress = '203.0.113.7') => ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('who a client is', () => {
  it('keys a client by the SHA-256 of its API key, never the key, else by its address (an IPv6 client by its /56)', () => {
    const key = clientKeyOf(request({ 'x-api-key': 'secret-key' }));
    expect(key).toMatch(/^key:[0-9a-f]{64}$/);
    expect(key).not.toContain('secret-key');
    expect(clientKeyOf(request({ authorization: 'Bearer secret-key' }))).toBe(key);
    expect(clientKeyOf(request({}))).toBe('ip:203.0.113.7');
    expect(clientKeyOf(request({}, '2001:db8:1:2:3::9'))).toBe(clientKeyOf(request({}, '2001:db8:1:ff:3::1')));
    expect(clientKeyOf(request({}, '::ffff:203.0.113.7'))).toBe('ip:203.0.113.7');
  });

  it('tells loopback addresses, IPv4, IPv6 and IPv4-mapped', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopback(address)).toBe(true);
    for (const address of ['10.0.0.1', '::ffff:10.0.0.1', '2001:db8::1', '1270.0.0.1', undefined]) expect(isLoopback(address)).toBe(false);
  });
});

describe('ConcurrencyLimiter', () => {
  it('admits up to max requests of a client at once and frees a slot when a response closes', () => {
    const limiter = new ConcurrencyLimiter(2);
    const responses = [new EventEmitter(), new EventEmitter(), new EventEmitter()] as unknown as ServerResponse[];
    expect(limiter.enter('a', responses[0])).toBe(true);
    expect(limiter.enter('a', responses[1])).toBe(true);
    expect(limiter.enter('a', responses[2])).toBe(false);
    expect(limiter.enter('b', responses[2])).toBe(true);
    responses[0].emit('close');
    expect(limiter.enter('a', responses[0])).toBe(true);
    for (const res of responses) res.emit('close');
    responses[1].emit('close');
    expect(limiter.clients).toBe(0);
  });
});
