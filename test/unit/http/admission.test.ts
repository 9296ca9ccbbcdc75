import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Admission } from '../../../src/http/admission';

/** Just what Admission uses of a response: 'close', and writeHead/end for a refusal. */
class FakeResponse extends EventEmitter {
  status: number | undefined;
  headers: Record<string, unknown> = {};
  body = '';
  writeHead(status: number, headers: Record<string, unknown>) {
    this.status = status;
    this.headers = headers;
    return this;
  }
  end(body: string) {
    this.body = body;
    this.emit('close');
  }
}

describe('Admission', () => {
  const request = {} as IncomingMessage;

  function arrive(admission: Admission, started: string[], name: string) {
    const res = new FakeResponse();
    admission.middleware(request, res as unknown as ServerResponse, () => started.push(name));
    return res;
  }

  it('admits up to maxInFlight at once and the waiting ones in arrival order as slots free up', () => {
    const admission = new Admission({ maxInFlight: 2, maxQueued: 10 });
    const started: string[] = [];
    const responses = ['a', 'b', 'c', 'd', 'e'].map((name) => arrive(admission, started, name));
    expect(started).toEqual(['a', 'b']);
    expect([admission.inFlight, admission.queued]).toEqual([2, 3]);
    responses[1].emit('close');
    expect(started).toEqual(['a', 'b', 'c']);
    responses[0].emit('close');
    responses[2].emit('close');
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    responses[3].emit('close');
    responses[4].emit('close');
    expect([admission.inFlight, admission.queued]).toEqual([0, 0]);
  });

  it('skips a waiting request whose client went away, and refuses with 503 only when the queue is full', () => {
    const admission = new Admission({ maxInFlight: 1, maxQueued: 2 });
    const started: string[] = [];
    const first = arrive(admission, started, 'first');
    const gone = arrive(admission, started, 'gone');
    arrive(admission, started, 'third');
    const refused = arrive(admission, started, 'refused');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('OVERLOADED');
    gone.emit('close');
    expect(admission.queued).toBe(1);
    // The queue has room again.
    const fourth = arrive(admission, started, 'fourth');
    expect(fourth.status).toBeUndefined();
    first.emit('close');
    expect(started).toEqual(['first', 'third']);
    expect([admission.inFlight, admission.queued]).toEqual([1, 1]);
  });
});
